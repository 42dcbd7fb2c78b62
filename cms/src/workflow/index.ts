/** The editorial workflow: its state follows the event point (in each write's transaction); its routes serve the admin panel. */
import type { Core } from '@strapi/strapi';
import { onRecorded } from '../events';
import { workflowProjection } from './projection';
import { registerWorkflowRoutes } from './routes';

export { check, run, situationOf, WorkflowRefusal } from './transitions';

export function registerWorkflow(strapi: Core.Strapi): void {
  onRecorded(strapi, workflowProjection(strapi));
  registerWorkflowRoutes(strapi);
}
