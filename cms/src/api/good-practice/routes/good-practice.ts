import { factories } from '@strapi/strapi';

// Read-only for the public and the press: writes go through the admin panel.
export default factories.createCoreRouter('api::good-practice.good-practice', { only: ['find', 'findOne'] });
