/** The editorial workflow: its state follows the event point (in each write's transaction); its routes serve the admin panel. */
import type { Core } from '@strapi/strapi';
import { registerWorkflowRoutes } from './routes';

export { check, run, situationOf, WorkflowRefusal } from './transitions';

export function registerWorkflow(strapi: Core.Strapi): void {
  registerWorkflowRoutes(strapi);
}

/** In each write's transaction (an `onRecorded` hook, listed in ../features.ts): the state of each translation. */
export { workflowProjection, workflowStates } from './projection';
