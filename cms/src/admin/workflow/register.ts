/**
 * The workflow in the admin panel: its side panel on the edit view, the review queue in the
 * menu, agencies of users in Settings, and Strapi's own publish and unpublish buttons taken
 * off the workflow's types (they go live only through the panel; the server refuses anything
 * else, this only spares editors a button that would be refused).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { BulletList as QueueIcon } from '@strapi/icons';
import { message } from './messages';
import { WORKFLOW_MODELS, isWorkflowModel } from '../models';
import { WorkflowPanel } from './WorkflowPanel';

type Described = ((props: { model: string }) => unknown) & { type?: string; position?: unknown };

/** Keeps Strapi's action for other types; calls it always, so its hooks run in the same order. */
function notForWorkflowTypes(action: Described): Described {
  const wrapped: Described = (props) => {
    const description = action(props);
    return isWorkflowModel(props.model) ? null : description;
  };
  wrapped.type = action.type;
  if (action.position !== undefined) wrapped.position = action.position;
  return wrapped;
}

const GOES_LIVE = new Set(['publish', 'unpublish']);
const withoutGoingLive = (actions: Described[]) => actions.map((a) => (GOES_LIVE.has(a.type ?? '') ? notForWorkflowTypes(a) : a));

/** Editors hold the publish permission on the workflow's types (cms/src/permissions/roles.ts). */
const REVIEWERS = WORKFLOW_MODELS.map((subject) => ({ action: 'plugin::content-manager.explorer.publish', subject }));

/** At `bootstrap`: the content manager's APIs take panels and actions once every plugin has registered. */
export function bootstrapWorkflowAdmin(app: StrapiApp): void {
  const cm = app.getPlugin('content-manager').apis as {
    addEditViewSidePanel(panels: unknown[]): void;
    addDocumentAction(reducer: (actions: Described[]) => Described[]): void;
    addBulkAction(reducer: (actions: Described[]) => Described[]): void;
  };
  cm.addEditViewSidePanel([WorkflowPanel]);
  cm.addDocumentAction(withoutGoingLive);
  cm.addBulkAction(withoutGoingLive);
}

/** At `register`: the menu and Settings links. */
export function registerWorkflowAdmin(app: StrapiApp): void {
  app.addMenuLink({
    to: 'cchc/review-queue',
    icon: QueueIcon,
    intlLabel: message('queue.menu'),
    permissions: REVIEWERS as never,
    Component: () => import('./ReviewQueue'),
    position: 2,
  });
  app.addSettingsLink('global', {
    id: 'cchc-agencies-of-users',
    to: 'cchc-agencies-of-users',
    intlLabel: message('agencies.menu'),
    permissions: [{ action: 'admin::users.update', subject: null }] as never,
    Component: () => import('./AgenciesOfUsers'),
  });
}
