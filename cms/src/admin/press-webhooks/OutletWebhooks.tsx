/**
 * One outlet's webhooks, a section the outlets page ("Báo chí & phát thanh") includes with
 * `<OutletWebhooks outletId={…} outletName={…} />`: its endpoints with their state (active,
 * failing, disabled and why), a form to register one (its secret shown once), delete and enable
 * again, and each endpoint's delivery log (newest first, paged) with "retry now". Semantic
 * HTML: a labelled form with fieldsets, tables with captions and column headers, buttons; the
 * outcome of every action is announced in a status region, errors in an alert.
 * Server side: cms/src/press/webhooks/routes.ts (administrator only).
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { CHANGE_KINDS, CONTENT_TYPES, LOCALES } from '@cchc/content-types';
import type { DeliveryView, EndpointView } from '../../press/webhooks/endpoints';
import { message } from './messages';

const PREFIX = '/cchc-press';
const LOG_PAGE_SIZE = 20;
const hidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' };

function errorText(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A fieldset of checkboxes over `options` (value → label). */
function Choices(props: { legend: string; options: [string, string][]; chosen: string[]; onChange: (chosen: string[]) => void }) {
  return (
    <Box tag="fieldset" marginTop={4} style={{ border: 0, padding: 0 }}>
      <Typography tag="legend" variant="pi" fontWeight="bold">
        {props.legend}
      </Typography>
      <Flex gap={4} wrap="wrap" marginTop={2}>
        {props.options.map(([value, label]) => (
          <label key={value} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            <input
              type="checkbox"
              checked={props.chosen.includes(value)}
              onChange={(e) => props.onChange(e.target.checked ? [...props.chosen, value] : props.chosen.filter((v) => v !== value))}
            />
            <Typography>{label}</Typography>
          </label>
        ))}
      </Flex>
    </Box>
  );
}

export function OutletWebhooks({ outletId, outletName }: { outletId: number; outletName: string }) {
  const { formatMessage, locale } = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => formatMessage(message(key), values);
  const { get, post, del } = useFetchClient();
  const [endpoints, setEndpoints] = React.useState<EndpointView[] | null>(null);
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [secret, setSecret] = React.useState<string | null>(null);
  const [url, setUrl] = React.useState('');
  const [changes, setChanges] = React.useState<string[]>([...CHANGE_KINDS]);
  const [types, setTypes] = React.useState<string[]>([]);
  const [locales, setLocales] = React.useState<string[]>([]);
  const [open, setOpen] = React.useState<number | null>(null);

  const time = React.useMemo(() => new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }), [locale]);
  const at = (iso: string | null) => (iso ? time.format(new Date(iso)) : '');

  const load = React.useCallback(async () => {
    const { data } = await get<{ data: EndpointView[] }>(`${PREFIX}/outlets/${outletId}/webhooks`);
    setEndpoints(data.data);
  }, [get, outletId]);

  React.useEffect(() => {
    load().catch((e: unknown) => setError(errorText(e)));
  }, [load]);

  /** Runs an action, then reloads and announces `done` (or the error). */
  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus('');
    try {
      await work();
      await load();
      setStatus(t(done));
    } catch (e) {
      setError(t('error', { message: errorText(e) }));
    }
  };

  const register = (event: React.FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const body = { url, changes, ...(types.length ? { types } : {}), ...(locales.length ? { locales } : {}) };
      const { data } = await post<{ secret: string }>(`${PREFIX}/outlets/${outletId}/webhooks`, body);
      setSecret(data.secret);
      setUrl('');
    }, 'done.created');
  };

  const remove = (endpoint: EndpointView) => {
    if (!window.confirm(t('confirm.delete', { url: endpoint.url }))) return;
    void act(() => del(`${PREFIX}/webhooks/${endpoint.id}`), 'done.deleted');
  };

  const stateOf = (e: EndpointView) =>
    e.disabledAt
      ? t('state.disabled', { at: at(e.disabledAt), reason: e.disabledReason ?? '' })
      : e.consecutiveFailures
        ? t('state.failing', { count: e.consecutiveFailures })
        : t('state.active');

  return (
    <Box tag="section" aria-labelledby={`webhooks-${outletId}`} marginTop={6}>
      <Typography tag="h2" variant="delta" id={`webhooks-${outletId}`}>
        {t('title', { outlet: outletName })}
      </Typography>
      <Typography tag="p" textColor="neutral600">
        {t('intro')}
      </Typography>

      <div role="status" aria-live="polite">
        {status ? <Typography>{status}</Typography> : null}
      </div>
      {error ? (
        <Box role="alert" padding={4} marginTop={2} background="danger100" hasRadius>
          <Typography textColor="danger700">{error}</Typography>
        </Box>
      ) : null}
      {secret ? (
        <Box padding={4} marginTop={2} background="warning100" hasRadius aria-labelledby={`secret-${outletId}`} tag="section">
          <Typography tag="h3" variant="omega" fontWeight="bold" id={`secret-${outletId}`}>
            {t('secret.title')}
          </Typography>
          <Typography tag="p">{t('secret.once')}</Typography>
          <Typography tag="p" fontWeight="bold" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {secret}
          </Typography>
          <Button variant="secondary" onClick={() => setSecret(null)}>
            {t('secret.dismiss')}
          </Button>
        </Box>
      ) : null}

      {!endpoints ? (
        <Typography role="status">{t('loading')}</Typography>
      ) : (
        <Table colCount={5} rowCount={endpoints.length + 1}>
          <caption style={hidden}>{t('list.caption')}</caption>
          <Thead>
            <Tr>
              {['url', 'changes', 'state', 'pending', 'actions'].map((c) => (
                <Th key={c} scope="col">
                  <Typography variant="sigma">{t(`list.${c}`)}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {endpoints.length === 0 ? (
              <Tr>
                <Td colSpan={5}>
                  <Typography>{t('list.empty')}</Typography>
                </Td>
              </Tr>
            ) : (
              endpoints.map((e) => (
                <Tr key={e.id}>
                  <Td>
                    <Typography style={{ wordBreak: 'break-all' }}>{e.url}</Typography>
                  </Td>
                  <Td>
                    <Typography>{e.changes.map((c) => t(`change.${c}`)).join(', ')}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor={e.disabledAt ? 'danger700' : undefined}>{stateOf(e)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{e.pending}</Typography>
                  </Td>
                  <Td>
                    <Flex gap={2} wrap="wrap">
                      <Button variant="tertiary" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>
                        {t(open === e.id ? 'action.hideLog' : 'action.log')}
                      </Button>
                      {e.disabledAt ? (
                        <Button variant="secondary" onClick={() => void act(() => post(`${PREFIX}/webhooks/${e.id}/enable`), 'done.enabled')}>
                          {t('action.enable')}
                        </Button>
                      ) : null}
                      <Button variant="danger-light" onClick={() => remove(e)}>
                        {t('action.delete')}
                      </Button>
                    </Flex>
                  </Td>
                </Tr>
              ))
            )}
          </Tbody>
        </Table>
      )}

      {open !== null && endpoints?.some((e) => e.id === open) ? (
        <DeliveryLog endpoint={endpoints.find((e) => e.id === open)!} at={at} onRetry={(id) => act(() => post(`${PREFIX}/deliveries/${id}/retry`), 'done.retried')} />
      ) : null}

      <Box tag="form" onSubmit={register} aria-labelledby={`register-${outletId}`} background="neutral0" padding={6} marginTop={6} shadow="filterShadow" hasRadius>
        <Typography tag="h3" variant="omega" fontWeight="bold" id={`register-${outletId}`}>
          {t('form.legend')}
        </Typography>
        <Box marginTop={4}>
          <Field.Root name="url" hint={t('form.url.hint')} required>
            <Field.Label>{t('form.url')}</Field.Label>
            <TextInput type="url" value={url} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUrl(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Box>
        <Choices legend={t('form.changes')} options={CHANGE_KINDS.map((c) => [c, t(`change.${c}`)])} chosen={changes} onChange={setChanges} />
        <Choices legend={t('form.types')} options={CONTENT_TYPES.map((c) => [c.name, locale.startsWith('vi') ? c.displayName.vi : (c.displayName.en ?? c.displayName.vi)])} chosen={types} onChange={setTypes} />
        <Choices legend={t('form.locales')} options={LOCALES.map((l) => [l, l])} chosen={locales} onChange={setLocales} />
        <Box marginTop={4}>
          <Button type="submit" disabled={!url.trim() || !changes.length}>
            {t('form.submit')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}

function DeliveryLog({ endpoint, at, onRetry }: { endpoint: EndpointView; at: (iso: string | null) => string; onRetry: (id: number) => Promise<void> }) {
  const { formatMessage } = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => formatMessage(message(key), values);
  const { get } = useFetchClient();
  const [page, setPage] = React.useState(1);
  const [result, setResult] = React.useState<{ data: DeliveryView[]; meta: { pagination: { page: number; pageCount: number } } } | null>(null);
  const [tick, setTick] = React.useState(0);

  React.useEffect(() => {
    const controller = new AbortController();
    get<NonNullable<typeof result>>(`${PREFIX}/webhooks/${endpoint.id}/deliveries`, { params: { page, pageSize: LOG_PAGE_SIZE }, signal: controller.signal })
      .then(({ data }) => setResult(data))
      .catch(() => undefined);
    return () => controller.abort();
  }, [get, endpoint.id, page, tick]);

  const outcome = (d: DeliveryView) =>
    d.state === 'delivered' ? t('log.delivered', { at: at(d.deliveredAt) }) : d.state === 'retrying' ? t('log.retrying', { at: at(d.nextAttemptAt) }) : t('log.pending');
  const pagination = result?.meta.pagination;

  return (
    <Box marginTop={4}>
      {!result ? (
        <Typography role="status">{t('loading')}</Typography>
      ) : (
        <>
          <Table colCount={7} rowCount={result.data.length + 1}>
            <caption style={hidden}>{t('log.caption', { url: endpoint.url })}</caption>
            <Thead>
              <Tr>
                {['event', 'document', 'state', 'attempts', 'status', 'error', 'actions'].map((c) => (
                  <Th key={c} scope="col">
                    <Typography variant="sigma">{t(c === 'actions' ? 'list.actions' : `log.${c}`)}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {result.data.length === 0 ? (
                <Tr>
                  <Td colSpan={7}>
                    <Typography>{t('log.empty')}</Typography>
                  </Td>
                </Tr>
              ) : (
                result.data.map((d) => (
                  <Tr key={d.id}>
                    <Td>
                      <Typography>
                        #{d.eventId} · {t(`change.${d.change}`)}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{[d.type, d.documentId, d.locale].join(' · ')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{outcome(d)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{d.attempts}</Typography>
                    </Td>
                    <Td>
                      <Typography>{d.lastStatus ?? ''}</Typography>
                    </Td>
                    <Td>
                      <Typography>{d.lastError ?? ''}</Typography>
                    </Td>
                    <Td>
                      {d.state !== 'delivered' && !endpoint.disabledAt ? (
                        <Button variant="tertiary" onClick={() => void onRetry(d.id).then(() => setTick(tick + 1))}>
                          {t('action.retry')}
                        </Button>
                      ) : null}
                    </Td>
                  </Tr>
                ))
              )}
            </Tbody>
          </Table>
          {pagination && pagination.pageCount > 1 ? (
            <Flex tag="nav" aria-label={t('page.of', { page: pagination.page, pageCount: pagination.pageCount })} gap={2} marginTop={4} justifyContent="flex-end">
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('page.previous')}
              </Button>
              <Typography>{t('page.of', { page: pagination.page, pageCount: pagination.pageCount })}</Typography>
              <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
                {t('page.next')}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Box>
  );
}
