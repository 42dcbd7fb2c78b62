/**
 * "Báo chí & phát thanh" (Settings): the administrator's list of press outlets with each one's
 * last pull and volume, the form to add one or change it, and the buttons to issue a new token
 * or revoke it (both asked first), and a link to each outlet's webhooks (`:outletId/webhooks`,
 * PressPages.tsx). A new token is shown once, in SecretDialog. Routes:
 * src/press/access/admin-routes.ts. Times in the province's time whatever the browser's zone.
 * A plain HTML table (./table.tsx says why).
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import type { OutletView } from '../../press/access/admin-routes';
import { errorMessage } from '../workflow/api';
import { ConfirmDialog } from './ConfirmDialog';
import { useFormats } from './formats';
import { message, type MessageKey } from './messages';
import { OutletForm, type OutletInput } from './OutletForm';
import { SecretDialog } from './SecretDialog';
import { DataTable, Td, Th } from './table';

interface ListAnswer {
  outlets: OutletView[];
  defaults: { perMinute: number; burst: number };
}

type Values = Record<string, string | number>;

const COLUMNS = ['name', 'token', 'origins', 'limit', 'lastPull', 'volume', 'state', 'actions'] as const;

const tokenTexts = (t: (key: MessageKey, values?: Values) => string, name: string) => ({
  title: t('token.title', { name }),
  warning: t('token.warning'),
  label: t('token.label'),
  copy: t('token.copy'),
  copied: t('token.copied'),
  copyFailed: t('token.copyFailed'),
  close: t('token.close'),
});

export function PressOutletsPage() {
  const { formatMessage, locale } = useIntl();
  const t = (key: MessageKey, values?: Values) => formatMessage(message(key), values);
  const { get, post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const format = useFormats(locale);
  const [data, setData] = React.useState<ListAnswer | null>(null);
  const [editing, setEditing] = React.useState<OutletView | null>(null);
  const [confirming, setConfirming] = React.useState<{ kind: 'rotate' | 'revoke'; outlet: OutletView } | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [issued, setIssued] = React.useState<{ name: string; token: string } | null>(null);

  const failed = (error: unknown) => toggleNotification({ type: 'danger', message: t('error', { message: errorMessage(error) }) });

  const load = React.useCallback(async () => {
    try {
      setData((await get<ListAnswer>('/cchc-press/outlets')).data);
    } catch (error) {
      failed(error);
    }
  }, [get]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const create = async (input: OutletInput) => {
    try {
      const { data: created } = await post<{ outlet: OutletView; token: string }>('/cchc-press/outlets', input);
      setIssued({ name: created.outlet.name, token: created.token });
      await load();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const save = async (input: OutletInput) => {
    if (!editing) return false;
    try {
      await put(`/cchc-press/outlets/${editing.id}`, input);
      toggleNotification({ type: 'success', message: t('saved', { name: input.name }) });
      setEditing(null);
      await load();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    const { kind, outlet } = confirming;
    setBusy(true);
    try {
      const { data: done } = await post<{ outlet: OutletView; token?: string }>(`/cchc-press/outlets/${outlet.id}/${kind}`, {});
      setConfirming(null);
      if (done.token) setIssued({ name: outlet.name, token: done.token });
      else toggleNotification({ type: 'success', message: t('revoked', { name: outlet.name }) });
      await load();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle')} />
      <Layouts.Content>
        {!data ? (
          <Typography role="status">{t('loading')}</Typography>
        ) : (
          <>
            {editing ? (
              <OutletForm key={`edit-${editing.id}`} initial={editing} editing={editing.name} onSubmit={save} onCancel={() => setEditing(null)} />
            ) : (
              <OutletForm key="create" initial={{ name: '', origins: [], ...data.defaults }} editing={null} onSubmit={create} />
            )}
            <DataTable
              caption={t('table.caption')}
              columns={COLUMNS.map((column) => t(`table.${column}`))}
              empty={t('table.empty')}
              rows={data.outlets.map((outlet) => (
                <tr key={outlet.id}>
                  <Th scope="row">
                    <Typography fontWeight="bold">{outlet.name}</Typography>
                  </Th>
                  <Td>
                    <Typography tag="code" style={{ fontFamily: 'monospace' }}>{`${outlet.tokenPrefix}…`}</Typography>
                  </Td>
                  <Td>
                    <Typography>{outlet.origins.length ? outlet.origins.join(', ') : t('table.noOrigins')}</Typography>
                  </Td>
                  <Td>
                    <Typography>{t('table.limitValue', { perMinute: format.number(outlet.perMinute), burst: format.number(outlet.burst) })}</Typography>
                  </Td>
                  <Td>
                    {outlet.lastPullAt ? (
                      <Typography tag="time" dateTime={outlet.lastPullAt}>{format.time(outlet.lastPullAt)}</Typography>
                    ) : (
                      <Typography textColor="neutral600">{t('table.never')}</Typography>
                    )}
                  </Td>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography variant="pi">{t('table.today', { requests: format.number(outlet.usage.today.requests), size: format.size(outlet.usage.today.bytes) })}</Typography>
                      <Typography variant="pi" textColor="neutral600">{t('table.last30', { requests: format.number(outlet.usage.last30Days.requests), size: format.size(outlet.usage.last30Days.bytes) })}</Typography>
                    </Flex>
                  </Td>
                  <Td>
                    {outlet.revokedAt ? (
                      <Badge>{t('state.revoked', { when: format.time(outlet.revokedAt) })}</Badge>
                    ) : (
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Badge backgroundColor="success100" textColor="success700">{t('state.live')}</Badge>
                        {outlet.rotatedAt ? <Typography variant="pi">{t('state.rotated', { when: format.time(outlet.rotatedAt) })}</Typography> : null}
                      </Flex>
                    )}
                  </Td>
                  <Td>
                    <Flex gap={2} wrap="wrap">
                      <LinkButton tag={NavLink} to={`${outlet.id}/webhooks`} variant="tertiary" size="S" aria-label={t('action.webhooks.label', { name: outlet.name })}>
                        {t('action.webhooks')}
                      </LinkButton>
                      {outlet.revokedAt ? null : (
                        <>
                          <Button variant="tertiary" size="S" aria-label={t('action.edit.label', { name: outlet.name })} onClick={() => setEditing(outlet)}>
                            {t('action.edit')}
                          </Button>
                          <Button variant="secondary" size="S" aria-label={t('action.rotate.label', { name: outlet.name })} onClick={() => setConfirming({ kind: 'rotate', outlet })}>
                            {t('action.rotate')}
                          </Button>
                          <Button variant="danger-light" size="S" aria-label={t('action.revoke.label', { name: outlet.name })} onClick={() => setConfirming({ kind: 'revoke', outlet })}>
                            {t('action.revoke')}
                          </Button>
                        </>
                      )}
                    </Flex>
                  </Td>
                </tr>
              ))}
            />
          </>
        )}
        {confirming ? (
          <ConfirmDialog
            title={t(`confirm.${confirming.kind}.title`, { name: confirming.outlet.name })}
            body={t(`confirm.${confirming.kind}.body`)}
            action={t(`action.${confirming.kind}`)}
            cancel={t('confirm.cancel')}
            danger={confirming.kind === 'revoke'}
            busy={busy}
            onConfirm={confirm}
            onClose={() => !busy && setConfirming(null)}
          />
        ) : null}
        {issued ? <SecretDialog secret={issued.token} texts={tokenTexts(t, issued.name)} onClose={() => setIssued(null)} /> : null}
      </Layouts.Content>
    </Page.Main>
  );
}
