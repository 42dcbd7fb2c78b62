import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::training-material.training-material');
