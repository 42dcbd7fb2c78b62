/**
 * Scheduling in the admin panel: the "Hẹn giờ" side panel on the edit view (its strings are
 * merged into `config.translations` by ../translations).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { SchedulingPanel } from './SchedulingPanel';

interface ContentManagerApis {
  addEditViewSidePanel: (panels: unknown[]) => void;
}

export function registerScheduling(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([SchedulingPanel]);
}
