/**
 * One outlet's webhooks, the body of its sub-page (OutletWebhooksPage.tsx): a form to register
 * an endpoint (its secret shown once, in the outlets page's SecretDialog), the endpoints with
 * their state (active, failing, disabled: when and why) and queue, "enable again", "delete"
 * (asked first, in ConfirmDialog), and each endpoint's delivery log (newest first, paged) with
 * "retry now". Semantic HTML: a labelled form with fieldsets, plain tables with captions and
 * header cells (../press/table.tsx says why not the design system's), buttons named for their
 * row; the outcome of every action is announced in a status region, errors in an alert; focus
 * goes into the dialogs and back, and to the section's heading when the pressed button is gone.
 * While something waits to be sent, the lists refresh by themselves every few seconds.
 * Server side: cms/src/press/webhooks/routes.ts (administrator only).
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import type { DeliveryView, EndpointView } from '../../press/webhooks/endpoints';
import type { WebhookChoices } from '../../press/webhooks/routes';
import { ConfirmDialog } from '../press/ConfirmDialog';
import { useFormats } from '../press/formats';
import { SecretDialog, type SecretTexts } from '../press/SecretDialog';
import { DataTable, Td, Th } from '../press/table';
import { errorMessage } from '../workflow/api';
import { message, type MessageKey } from './messages';

const PREFIX = '/cchc-press';
const LOG_PAGE_SIZE = 10;
const REFRESH_MS = 3_000;

type Values = Record<string, string | number>;
type Translate = (key: MessageKey, values?: Values) => string;

interface ListAnswer {
  data: EndpointView[];
  meta: { choices: WebhookChoices };
}

interface LogAnswer {
  data: DeliveryView[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

/** Names of the content types and languages, in the admin's language. */
function namesOf(choices: WebhookChoices, locale: string) {
  const types = new Map(choices.types.map((c) => [c.name, (locale === 'en' ? c.displayName.en : undefined) ?? c.displayName.vi]));
  const locales = new Map(choices.locales.map((l) => [l.code, l.name]));
  return { type: (name: string) => types.get(name) ?? name, locale: (code: string) => locales.get(code) ?? code };
}

/** Moves the focus to `target` once a dialog gave it back, when what had it is gone. */
function refocus(target: React.RefObject<HTMLElement | null>): void {
  const move = () => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) target.current?.focus();
  };
  for (const ms of [50, 300]) setTimeout(move, ms);
}

/** A fieldset of checkboxes over `options` (value, label). */
function Choices(props: { legend: string; options: [string, string][]; chosen: string[]; onChange: (chosen: string[]) => void }) {
  return (
    <Box tag="fieldset" marginTop={4} style={{ border: 0, padding: 0, margin: 0 }}>
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

const secretTexts = (t: Translate, url: string): SecretTexts => ({
  title: t('secret.title', { url }),
  warning: t('secret.warning'),
  label: t('secret.label'),
  copy: t('secret.copy'),
  copied: t('secret.copied'),
  copyFailed: t('secret.copyFailed'),
  close: t('secret.close'),
});

export function OutletWebhooks({ outletId, outletName, revoked = false }: { outletId: number; outletName: string; revoked?: boolean }) {
  const { formatMessage, locale } = useIntl();
  const t: Translate = (key, values) => formatMessage(message(key), values);
  const format = useFormats(locale);
  const { get, post, del } = useFetchClient();
  const [list, setList] = React.useState<ListAnswer | null>(null);
  /** Bumped by every load: the open log reloads with the list. */
  const [version, setVersion] = React.useState(0);
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState('');
  const [issued, setIssued] = React.useState<{ url: string; secret: string } | null>(null);
  const [url, setUrl] = React.useState('');
  const [changes, setChanges] = React.useState<string[] | null>(null);
  const [types, setTypes] = React.useState<string[]>([]);
  const [locales, setLocales] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [deleting, setDeleting] = React.useState<EndpointView | null>(null);
  const [logOf, setLogOf] = React.useState<number | null>(null);
  const listHeading = React.useRef<HTMLHeadingElement>(null);
  const logHeading = React.useRef<HTMLHeadingElement>(null);

  const load = React.useCallback(async () => {
    const { data } = await get<ListAnswer>(`${PREFIX}/outlets/${outletId}/webhooks`);
    setList(data);
    setVersion((v) => v + 1);
  }, [get, outletId]);

  React.useEffect(() => {
    load().catch((e: unknown) => setError(t('error', { message: errorMessage(e) })));
  }, [load]);

  // While something waits to be sent, its outcome shows without a reload.
  const waiting = !!list?.data.some((e) => e.pending > 0);
  React.useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void load().catch(() => undefined), REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, load]);

  /** Runs an action, then reloads and announces `done` (or shows the error). True when done. */
  const act = async (work: () => Promise<unknown>, done: () => string): Promise<boolean> => {
    if (busy) return false;
    setError('');
    setStatus('');
    setBusy(true);
    try {
      await work();
      await load();
      setStatus(done());
      return true;
    } catch (e) {
      setError(t('error', { message: errorMessage(e) }));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const chosenChanges = changes ?? list?.meta.choices.changes ?? [];

  const register = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosenChanges.length) {
      setStatus('');
      setError(t('error', { message: t('form.noChange') }));
      return;
    }
    let made = url.trim();
    void act(async () => {
      const body = { url: made, changes: chosenChanges, ...(types.length ? { types } : {}), ...(locales.length ? { locales } : {}) };
      const { data } = await post<{ data: EndpointView; secret: string }>(`${PREFIX}/outlets/${outletId}/webhooks`, body);
      made = data.data.url;
      setIssued({ url: made, secret: data.secret });
      setUrl('');
    }, () => t('done.created', { url: made }));
  };

  const remove = async () => {
    if (!deleting) return;
    const endpoint = deleting;
    const done = await act(() => del(`${PREFIX}/webhooks/${endpoint.id}`), () => t('done.deleted', { url: endpoint.url }));
    if (!done) return;
    setDeleting(null);
    if (logOf === endpoint.id) setLogOf(null);
    refocus(listHeading);
  };

  const enable = async (endpoint: EndpointView) => {
    if (await act(() => post(`${PREFIX}/webhooks/${endpoint.id}/enable`, {}), () => t('done.enabled', { url: endpoint.url }))) refocus(listHeading);
  };

  const retry = async (delivery: DeliveryView) => {
    if (await act(() => post(`${PREFIX}/deliveries/${delivery.id}/retry`, {}), () => t('done.retried', { event: delivery.eventId }))) refocus(logHeading);
  };

  const toggleLog = (endpoint: EndpointView) => {
    if (logOf === endpoint.id) {
      setLogOf(null);
      return;
    }
    setLogOf(endpoint.id);
    setTimeout(() => logHeading.current?.focus(), 0);
  };

  const names = list ? namesOf(list.meta.choices, locale) : null;
  const opened = list?.data.find((e) => e.id === logOf) ?? null;

  const stateOf = (e: EndpointView) =>
    e.disabledAt ? (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Badge backgroundColor="danger100" textColor="danger700">
          {t('state.disabled')}
        </Badge>
        <Typography variant="pi">{t('state.disabledAt', { at: format.time(e.disabledAt), reason: e.disabledReason ?? '' })}</Typography>
      </Flex>
    ) : e.consecutiveFailures ? (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        {/* warning700 on warning100 is 4.0:1, under WCAG's 4.5:1 */}
        <Badge backgroundColor="warning100" textColor="neutral800">
          {t('state.failing')}
        </Badge>
        <Typography variant="pi">{t('state.failingCount', { count: e.consecutiveFailures })}</Typography>
      </Flex>
    ) : (
      // Not the design system's `active` badge: 4.25:1, under WCAG's 4.5:1 (axe, in the test).
      <Badge backgroundColor="success100" textColor="success700">{t('state.active')}</Badge>
    );

  return (
    <>
      <div role="status" aria-live="polite">
        {status ? (
          <Box padding={3} marginBottom={4} background="success100" hasRadius>
            <Typography textColor="success700">{status}</Typography>
          </Box>
        ) : null}
      </div>
      <div role="alert">
        {error ? (
          <Box padding={3} marginBottom={4} background="danger100" hasRadius>
            <Typography textColor="danger700">{error}</Typography>
          </Box>
        ) : null}
      </div>

      {!list || !names ? (
        <Typography role="status">{t('loading')}</Typography>
      ) : (
        <>
          {revoked ? (
            <Box padding={4} marginBottom={6} background="warning100" hasRadius>
              <Typography tag="p" textColor="neutral800">
                {t('page.revoked')}
              </Typography>
            </Box>
          ) : (
            <Box tag="form" noValidate onSubmit={register} aria-labelledby={`cchc-webhook-form-${outletId}`} background="neutral0" padding={6} marginBottom={6} shadow="tableShadow" hasRadius>
              <Typography tag="h2" variant="delta" id={`cchc-webhook-form-${outletId}`}>
                {t('form.title')}
              </Typography>
              <Box marginTop={4}>
                <Field.Root name="url" hint={t('form.url.hint')} required>
                  <Field.Label>{t('form.url')}</Field.Label>
                  <TextInput type="url" inputMode="url" autoComplete="off" value={url} maxLength={2048} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUrl(e.target.value)} />
                  <Field.Hint />
                </Field.Root>
              </Box>
              <Choices legend={t('form.changes')} options={list.meta.choices.changes.map((c) => [c, t(`change.${c}`)])} chosen={chosenChanges} onChange={setChanges} />
              <Choices legend={t('form.types')} options={list.meta.choices.types.map((c) => [c.name, names.type(c.name)])} chosen={types} onChange={setTypes} />
              <Choices legend={t('form.locales')} options={list.meta.choices.locales.map((l) => [l.code, l.name])} chosen={locales} onChange={setLocales} />
              <Box marginTop={6}>
                <Button type="submit">
                  {t('form.submit')}
                </Button>
              </Box>
            </Box>
          )}

          <Flex justifyContent="space-between" alignItems="center" marginBottom={4}>
            <Typography tag="h2" variant="delta" ref={listHeading} tabIndex={-1}>
              {t('list.title')}
            </Typography>
            <Button variant="tertiary" size="S" onClick={() => void load().catch((e: unknown) => setError(t('error', { message: errorMessage(e) })))}>
              {t('list.refresh')}
            </Button>
          </Flex>
          <DataTable
            caption={t('list.caption', { outlet: outletName })}
            columns={(['url', 'changes', 'state', 'queue', 'actions'] as const).map((c) => t(`list.${c}`))}
            empty={t('list.empty')}
            rows={list.data.map((e) => (
              <tr key={e.id}>
                <Th scope="row">
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="bold" style={{ wordBreak: 'break-all' }}>
                      {e.url}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600" fontWeight="regular">
                      {t('list.created', { at: format.time(e.createdAt) })}
                    </Typography>
                  </Flex>
                </Th>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography>{e.changes.map((c) => t(`change.${c}`)).join(', ')}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {!e.types && !e.locales
                        ? t('list.everything')
                        : [
                            e.types ? t('list.types', { types: e.types.map(names.type).join(', ') }) : null,
                            e.locales ? t('list.locales', { locales: e.locales.map(names.locale).join(', ') }) : null,
                          ]
                            .filter(Boolean)
                            .join('; ')}
                    </Typography>
                  </Flex>
                </Td>
                <Td>{stateOf(e)}</Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography>{t('list.pending', { count: format.number(e.pending) })}</Typography>
                    {e.lastDeliveredAt ? (
                      <Typography variant="pi" textColor="neutral600">
                        {t('list.lastDelivered', { at: format.time(e.lastDeliveredAt) })}
                      </Typography>
                    ) : null}
                  </Flex>
                </Td>
                <Td>
                  <Flex gap={2} wrap="wrap">
                    <Button
                      variant="tertiary"
                      size="S"
                      aria-expanded={logOf === e.id}
                      aria-controls={logOf === e.id ? `cchc-webhook-log-${e.id}` : undefined}
                      aria-label={t(logOf === e.id ? 'action.hideLog.label' : 'action.log.label', { url: e.url })}
                      onClick={() => toggleLog(e)}
                    >
                      {t(logOf === e.id ? 'action.hideLog' : 'action.log')}
                    </Button>
                    {e.disabledAt ? (
                      <Button variant="secondary" size="S" aria-label={t('action.enable.label', { url: e.url })} onClick={() => void enable(e)}>
                        {t('action.enable')}
                      </Button>
                    ) : null}
                    <Button variant="danger-light" size="S" aria-label={t('action.delete.label', { url: e.url })} onClick={() => setDeleting(e)}>
                      {t('action.delete')}
                    </Button>
                  </Flex>
                </Td>
              </tr>
            ))}
          />

          {opened ? (
            <DeliveryLog key={opened.id} endpoint={opened} version={version} heading={logHeading} names={names} t={t} time={format.time} onRetry={retry} />
          ) : null}
        </>
      )}

      {deleting ? (
        <ConfirmDialog
          title={t('confirm.delete.title', { url: deleting.url })}
          body={t('confirm.delete.body')}
          action={t('action.delete')}
          cancel={t('confirm.cancel')}
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onClose={() => !busy && setDeleting(null)}
        />
      ) : null}
      {issued ? <SecretDialog secret={issued.secret} texts={secretTexts(t, issued.url)} onClose={() => setIssued(null)} /> : null}
    </>
  );
}

interface LogProps {
  endpoint: EndpointView;
  /** Reloads when the list did. */
  version: number;
  heading: React.RefObject<HTMLHeadingElement>;
  names: ReturnType<typeof namesOf>;
  t: Translate;
  time: (iso: string) => string;
  onRetry: (delivery: DeliveryView) => Promise<void>;
}

function DeliveryLog({ endpoint, version, heading, names, t, time, onRetry }: LogProps) {
  const { get } = useFetchClient();
  const [page, setPage] = React.useState(1);
  const [result, setResult] = React.useState<LogAnswer | null>(null);
  const [failed, setFailed] = React.useState('');

  React.useEffect(() => {
    const controller = new AbortController();
    get<LogAnswer>(`${PREFIX}/webhooks/${endpoint.id}/deliveries`, { params: { page: String(page), pageSize: String(LOG_PAGE_SIZE) }, signal: controller.signal })
      .then(({ data }) => {
        setResult(data);
        setFailed('');
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setFailed(t('error', { message: errorMessage(e) }));
      });
    return () => controller.abort();
  }, [get, endpoint.id, page, version]);

  const outcome = (d: DeliveryView) => t(`log.${d.state}`);
  const answer = (d: DeliveryView) => [d.lastStatus, d.lastError].filter((x) => x !== null && x !== '').join(' · ') || t('log.noAnswer');
  const pagination = result?.meta.pagination;
  const pageCount = Math.max(1, pagination?.pageCount ?? 1);

  return (
    <Box tag="section" id={`cchc-webhook-log-${endpoint.id}`} aria-labelledby={`cchc-webhook-log-title-${endpoint.id}`} marginTop={8}>
      <Typography tag="h2" variant="delta" id={`cchc-webhook-log-title-${endpoint.id}`} ref={heading} tabIndex={-1} style={{ wordBreak: 'break-all' }}>
        {t('log.title', { url: endpoint.url })}
      </Typography>
      {failed ? (
        <Box role="alert" padding={3} marginTop={4} background="danger100" hasRadius>
          <Typography textColor="danger700">{failed}</Typography>
        </Box>
      ) : null}
      {!result ? (
        <Typography role="status">{t('loading')}</Typography>
      ) : (
        <>
          <DataTable
            marginTop={4}
            caption={t('log.caption', { url: endpoint.url, page, pageCount })}
            columns={[...(['change', 'document', 'state', 'attempts', 'answer', 'times'] as const).map((c) => t(`log.${c}`)), t('list.actions')]}
            empty={t('log.empty')}
            rows={result.data.map((d) => (
              <tr key={d.id}>
                <Th scope="row">
                  <Typography>{`#${d.eventId} · ${t(`change.${d.change}`)}`}</Typography>
                </Th>
                <Td>
                  <Typography>{[names.type(d.type), d.documentId, names.locale(d.locale)].join(' · ')}</Typography>
                </Td>
                <Td>
                  <Typography fontWeight="bold" textColor={d.state === 'delivered' ? 'success700' : d.state === 'retrying' ? 'danger700' : undefined}>
                    {outcome(d)}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{d.attempts}</Typography>
                </Td>
                <Td>
                  <Typography style={{ wordBreak: 'break-word' }}>{answer(d)}</Typography>
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography variant="pi">{t('log.queuedAt', { at: time(d.createdAt) })}</Typography>
                    {d.lastAttemptAt ? <Typography variant="pi">{t('log.lastAttemptAt', { at: time(d.lastAttemptAt) })}</Typography> : null}
                    {d.deliveredAt ? <Typography variant="pi">{t('log.deliveredAt', { at: time(d.deliveredAt) })}</Typography> : null}
                    {d.nextAttemptAt && d.state === 'retrying' ? <Typography variant="pi">{t('log.nextAttemptAt', { at: time(d.nextAttemptAt) })}</Typography> : null}
                  </Flex>
                </Td>
                <Td>
                  {d.state === 'delivered' ? null : endpoint.disabledAt ? (
                    <Typography variant="pi" textColor="neutral600">
                      {t('log.enableFirst')}
                    </Typography>
                  ) : (
                    <Button variant="secondary" size="S" aria-label={t('action.retry.label', { event: d.eventId })} onClick={() => void onRetry(d)}>
                      {t('action.retry')}
                    </Button>
                  )}
                </Td>
              </tr>
            ))}
          />
          {pageCount > 1 ? (
            <Flex tag="nav" aria-label={t('log.pages')} gap={2} marginTop={4} justifyContent="flex-end" alignItems="center">
              <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('page.previous')}
              </Button>
              <Typography>{t('page.of', { page, pageCount })}</Typography>
              <Button variant="tertiary" size="S" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                {t('page.next')}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Box>
  );
}
