/**
 * "Báo chí & phát thanh" under Settings (`/admin/settings/cchc-press-outlets/*`): the outlets
 * list, and one outlet's webhooks at `:outletId/webhooks` (a sub-page with a link back, as
 * Strapi's own settings open an API token).
 */
import { Route, Routes } from 'react-router-dom';
import { OutletWebhooksPage } from '../press-webhooks/OutletWebhooksPage';
import { PressOutletsPage } from './PressOutletsPage';

export default function PressPages() {
  return (
    <Routes>
      <Route index element={<PressOutletsPage />} />
      <Route path=":outletId/webhooks" element={<OutletWebhooksPage />} />
    </Routes>
  );
}
