/**
 * `/admin/settings/cchc-press-outlets/:outletId/webhooks`: one outlet's webhooks, reached from
 * the "Webhook" link of its row on the outlets page, with a link back to it (as Strapi's own
 * settings open an API token on a page of its own).
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import type { OutletView } from '../../press/access/admin-routes';
import { PRESS_OUTLETS_PATH } from '../press/register';
import { errorMessage } from '../workflow/api';
import { message, type MessageKey } from './messages';
import { OutletWebhooks } from './OutletWebhooks';

export function OutletWebhooksPage() {
  const { formatMessage } = useIntl();
  const t = (key: MessageKey, values?: Record<string, string>) => formatMessage(message(key), values);
  const { get } = useFetchClient();
  const outletId = Number(useParams().outletId);
  const [outlet, setOutlet] = React.useState<OutletView | null | undefined>(undefined);
  const [error, setError] = React.useState('');

  React.useEffect(() => {
    get<{ outlets: OutletView[] }>('/cchc-press/outlets')
      .then(({ data }) => setOutlet(data.outlets.find((o) => o.id === outletId) ?? null))
      .catch((e: unknown) => setError(t('error', { message: errorMessage(e) })));
  }, [get, outletId]);

  const title = outlet ? t('page.title', { outlet: outlet.name }) : formatMessage(message('page.title'), { outlet: '…' });
  const back = (
    <Link tag={NavLink} to={`/settings/${PRESS_OUTLETS_PATH}`} startIcon={<ArrowLeft />}>
      {t('page.back')}
    </Link>
  );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header navigationAction={back} title={title} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        {error ? (
          <Box role="alert" padding={4} background="danger100" hasRadius>
            <Typography textColor="danger700">{error}</Typography>
          </Box>
        ) : outlet === undefined ? (
          <Typography role="status">{t('loading')}</Typography>
        ) : outlet === null ? (
          <Typography tag="p">{t('page.missing')}</Typography>
        ) : (
          <OutletWebhooks outletId={outlet.id} outletName={outlet.name} revoked={!!outlet.revokedAt} />
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
