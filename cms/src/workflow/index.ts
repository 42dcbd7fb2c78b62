/** The editorial workflow: its projection joins the event point; its routes serve the admin panel. */
import type { Core } from '@strapi/strapi';
import { registerProjection } from '../events';
import { workflowProjection } from './projection';
import { registerWorkflowRoutes } from './routes';
import { ensureWorkflowTable } from './store';

export { check, run, situationOf, WorkflowRefusal } from './transitions';

export function registerWorkflow(strapi: Core.Strapi): void {
  registerProjection(strapi, workflowProjection(strapi));
  registerWorkflowRoutes(strapi);
}

export const startWorkflow = ensureWorkflowTable;
