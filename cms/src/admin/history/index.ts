/** The version history in the admin panel: its edit-view side panel and its strings. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { HistoryPanel } from './HistoryPanel';

export { messages as historyMessages } from './messages';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export function registerHistory(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([HistoryPanel]);
}
