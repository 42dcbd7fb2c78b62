import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::topic.topic');
