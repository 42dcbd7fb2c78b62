/**
 * Personal data (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): erasing one person's data everywhere,
 * and the record that it was done. Which types hold personal data, and which fields, is declared
 * in content-types/ (`capabilities.personalData`). See README.md and docs/adr/009.
 */
import type { Core } from '@strapi/strapi';
import { registerPersonalDataRoutes } from './routes';

export { eraseSubject, findSubject } from './erase';
export { listErasures, type Erasure } from './erasures';

export function registerPersonalData(strapi: Core.Strapi): void {
  registerPersonalDataRoutes(strapi);
}
