/** The version history in the admin panel: its edit-view side panel. */
import type { StrapiApp } from '@strapi/strapi/admin';
import { HistoryPanel } from './HistoryPanel';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export function registerHistory(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([HistoryPanel]);
}
