/**
 * Scheduling in the admin panel: the "Hẹn giờ" side panel on the edit view, and its strings
 * (merged into `config.translations` by app.tsx).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { SchedulingPanel } from './SchedulingPanel';

export { en as schedulingEn, vi as schedulingVi } from './messages';

interface ContentManagerApis {
  addEditViewSidePanel: (panels: unknown[]) => void;
}

export function registerScheduling(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([SchedulingPanel]);
}
