import { factories } from '@strapi/strapi';

// Read-only for the public and the press: writes go through the admin panel.
export default factories.createCoreRouter('api::audience.audience', { only: ['find', 'findOne'] });
