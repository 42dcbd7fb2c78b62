/**
 * "Xóa dữ liệu cá nhân" (Settings, administrator only): find a person by their phone number or
 * e-mail address (typed into a form and sent in a request body, never in a URL), preview how
 * many documents of each personal-data type would be erased, erase them for a ground chosen
 * from a closed list after a confirmation, and see the past erasures (when, who, why, how many;
 * never the data). Server side: src/personal-data/routes.ts.
 *
 * Accessible as the press screens are: labelled native forms (Enter submits), a fieldset of
 * radio buttons for the ground, a plain table (../press/table.tsx says why), an alert dialog
 * that takes the focus and gives it back. A wrong entry is said in an alert next to its field,
 * which is marked invalid and gets the focus; what was typed stays. After a preview the focus
 * goes to its heading; after an erasure to the list's heading, and a status region says what
 * was done. Changing the identifier drops the preview: only what was previewed is erased.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { identifierProblem, normaliseIdentifier } from '../../personal-data/identifier';
import { ERASURE_GROUNDS, type ErasureGround } from '../../personal-data/reasons';
import type { ErasureView, TypeNames } from '../../personal-data/routes';
import { ConfirmDialog } from '../press/ConfirmDialog';
import { useFormats } from '../press/formats';
import { DataTable, Td, Th } from '../press/table';
import { errorMessage } from '../workflow/api';
import { message, type MessageKey } from './messages';
import { ERASURE_PERMISSIONS } from './register';

const PREFIX = '/cchc-personal-data';

type Values = Record<string, string | number>;
type Translate = (key: MessageKey, values?: Values) => string;

interface Preview {
  identifier: string;
  documents: Record<string, number>;
}

/** An error said where it arose, announced (role="alert"); next to a field, it is the field's description. */
function ErrorNote({ id, text }: { id: string; text: string }) {
  return (
    <div role="alert" id={id}>
      {text ? (
        <Box padding={3} marginTop={2} background="danger100" hasRadius>
          <Typography textColor="danger700">{text}</Typography>
        </Box>
      ) : null}
    </div>
  );
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function Erasures({ t, types, erasures, headingRef }: { t: Translate; types: TypeNames; erasures: ErasureView[]; headingRef: React.RefObject<HTMLHeadingElement> }) {
  const { locale } = useIntl();
  const format = useFormats(locale);
  const typeName = (type: string) => (locale === 'en' ? types[type]?.en : types[type]?.vi) ?? type;
  const actor = (e: ErasureView) => (e.actor.kind === 'system' ? t('list.system') : (e.actorName ?? t('list.unknownUser', { id: e.actor.id })));
  return (
    <Box tag="section" aria-labelledby="cchc-erasures-title" marginTop={8}>
      <Typography tag="h2" variant="delta" id="cchc-erasures-title" ref={headingRef} tabIndex={-1}>
        {t('list.title')}
      </Typography>
      <Typography tag="p" textColor="neutral600" marginTop={1} marginBottom={4}>
        {t('list.note')}
      </Typography>
      <DataTable
        caption={t('list.caption')}
        columns={(['list.at', 'list.actor', 'list.reason', 'list.erased'] as const).map((key) => t(key))}
        empty={t('list.empty')}
        rows={erasures.map((e) => (
          <tr key={e.id}>
            <Th scope="row">
              <Typography tag="time" dateTime={e.at} fontWeight="regular">
                {format.time(e.at)}
              </Typography>
            </Th>
            <Td>
              <Typography>{actor(e)}</Typography>
            </Td>
            <Td>
              <Typography>{t(`reason.${e.reason}`)}</Typography>
            </Td>
            <Td>
              <Typography>
                {Object.keys(e.erased).length
                  ? Object.entries(e.erased)
                      .map(([type, count]) => t('preview.count', { type: typeName(type), count: format.number(count) }))
                      .join('; ')
                  : t('list.nothing')}
              </Typography>
            </Td>
          </tr>
        ))}
      />
    </Box>
  );
}

function ErasureScreen() {
  const { formatMessage, locale } = useIntl();
  const t: Translate = (key, values) => formatMessage(message(key), values);
  const format = useFormats(locale);
  const { get, post } = useFetchClient();
  const [list, setList] = React.useState<{ erasures: ErasureView[]; types: TypeNames } | null>(null);
  const [loadError, setLoadError] = React.useState('');
  const [identifier, setIdentifier] = React.useState('');
  const [findError, setFindError] = React.useState('');
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [reason, setReason] = React.useState<ErasureGround | null>(null);
  const [eraseError, setEraseError] = React.useState('');
  const [confirming, setConfirming] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState('');
  const identifierInput = React.useRef<HTMLInputElement>(null);
  const firstReason = React.useRef<HTMLInputElement>(null);
  const previewHeading = React.useRef<HTMLHeadingElement>(null);
  const listHeading = React.useRef<HTMLHeadingElement>(null);

  const load = React.useCallback(async () => {
    const { data } = await get<{ data: ErasureView[]; meta: { types: TypeNames } }>(`${PREFIX}/erasures`);
    setList({ erasures: data.data, types: data.meta.types });
  }, [get]);

  React.useEffect(() => {
    load().catch((e: unknown) => setLoadError(t('error', { message: errorMessage(e) })));
  }, [load]);

  const typeName = (type: string) => (locale === 'en' ? list?.types[type]?.en : list?.types[type]?.vi) ?? type;

  const find = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus('');
    setPreview(null);
    const problem = identifierProblem(identifier);
    if (problem) {
      setFindError(t(`problem.${problem}`));
      identifierInput.current?.focus();
      return;
    }
    setFindError('');
    setBusy(true);
    try {
      const value = normaliseIdentifier(identifier);
      const { data } = await post<{ data: { documents: Record<string, number> } }>(`${PREFIX}/erasures/preview`, { identifier: value });
      setPreview({ identifier: value, documents: data.data.documents });
      setReason(null);
      setEraseError('');
      setTimeout(() => previewHeading.current?.focus(), 0);
    } catch (e) {
      setFindError(t('error', { message: errorMessage(e) }));
      identifierInput.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const askToErase = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setEraseError(t('erase.reason.missing'));
      firstReason.current?.focus();
      return;
    }
    setEraseError('');
    setConfirming(true);
  };

  const erase = async () => {
    if (!preview || !reason) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: ErasureView }>(`${PREFIX}/erasures`, { identifier: preview.identifier, reason });
      setConfirming(false);
      setPreview(null);
      setIdentifier('');
      setReason(null);
      await load().catch(() => undefined);
      setStatus(t('done', { total: format.number(total(data.data.erased)) }));
      setTimeout(() => listHeading.current?.focus(), 0);
    } catch (e) {
      setConfirming(false);
      setEraseError(t('error', { message: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  const found = preview ? total(preview.documents) : 0;

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle')} />
      <Layouts.Content>
        <div role="status" aria-live="polite">
          {status ? (
            <Box padding={3} marginBottom={4} background="success100" hasRadius>
              <Typography textColor="success700">{status}</Typography>
            </Box>
          ) : null}
        </div>

        <Box tag="form" noValidate onSubmit={find} aria-labelledby="cchc-erasure-find-title" background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Typography tag="h2" variant="delta" id="cchc-erasure-find-title">
            {t('find.title')}
          </Typography>
          <Box marginTop={4} maxWidth="40rem">
            <Field.Root id="cchc-erasure-identifier" name="identifier" hint={t('find.identifier.hint')} error={findError || undefined} required>
              <Field.Label>{t('find.identifier')}</Field.Label>
              <TextInput
                ref={identifierInput}
                autoComplete="off"
                spellCheck={false}
                value={identifier}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
                  setIdentifier(e.target.value);
                  // Only what was previewed may be erased.
                  setPreview(null);
                }}
              />
              <Field.Hint />
              {/* The design system marks the field invalid and describes it by this text; the alert announces it. */}
              <div role="alert">
                <Field.Error />
              </div>
            </Field.Root>
          </Box>
          <Box marginTop={4}>
            <Button type="submit" loading={busy && !preview}>
              {t('find.submit')}
            </Button>
          </Box>
        </Box>

        {preview ? (
          <Box tag="section" aria-labelledby="cchc-erasure-preview-title" background="neutral0" padding={6} marginTop={6} shadow="tableShadow" hasRadius>
            <Typography tag="h2" variant="delta" id="cchc-erasure-preview-title" ref={previewHeading} tabIndex={-1}>
              {t('preview.title')}
            </Typography>
            {found === 0 ? (
              <Typography tag="p" marginTop={2}>
                {t('preview.none')}
              </Typography>
            ) : (
              <>
                <Typography tag="p" marginTop={2}>
                  {t('preview.found', { total: format.number(found) })}
                </Typography>
                <Box tag="ul" marginTop={2} paddingLeft={5} style={{ listStyle: 'disc' }}>
                  {Object.entries(preview.documents).map(([type, count]) => (
                    <li key={type}>
                      <Typography>{t('preview.count', { type: typeName(type), count: format.number(count) })}</Typography>
                    </li>
                  ))}
                </Box>
                <Box tag="form" noValidate onSubmit={askToErase} marginTop={6}>
                  <Box
                    tag="fieldset"
                    aria-describedby={eraseError ? 'cchc-erasure-reason-hint cchc-erasure-reason-error' : 'cchc-erasure-reason-hint'}
                    style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
                  >
                    <Typography tag="legend" variant="pi" fontWeight="bold">
                      {t('erase.reason')}
                    </Typography>
                    <Typography tag="p" id="cchc-erasure-reason-hint" variant="pi" textColor="neutral600" marginTop={1}>
                      {t('erase.reason.hint')}
                    </Typography>
                    <Flex direction="column" alignItems="flex-start" gap={2} marginTop={3}>
                      {ERASURE_GROUNDS.map((ground, i) => (
                        <label key={ground} style={{ display: 'inline-flex', gap: 8, alignItems: 'flex-start' }}>
                          <input
                            ref={i === 0 ? firstReason : undefined}
                            type="radio"
                            name="reason"
                            value={ground}
                            checked={reason === ground}
                            aria-invalid={eraseError && !reason ? true : undefined}
                            onChange={() => {
                              setReason(ground);
                              setEraseError('');
                            }}
                            style={{ marginTop: 3 }}
                          />
                          <Typography>{t(`reason.${ground}`)}</Typography>
                        </label>
                      ))}
                    </Flex>
                  </Box>
                  <ErrorNote id="cchc-erasure-reason-error" text={eraseError} />
                  <Box marginTop={4}>
                    <Button type="submit" variant="danger">
                      {t('erase.submit')}
                    </Button>
                  </Box>
                </Box>
              </>
            )}
          </Box>
        ) : null}

        <ErrorNote id="cchc-erasure-load-error" text={loadError} />
        {list ? <Erasures t={t} types={list.types} erasures={list.erasures} headingRef={listHeading} /> : loadError ? null : <Typography role="status">{t('loading')}</Typography>}

        {confirming && preview && reason ? (
          <ConfirmDialog
            title={t('confirm.title', { total: format.number(found) })}
            body={t('confirm.body', { reason: t(`reason.${reason}`) })}
            action={t('confirm.action')}
            cancel={t('confirm.cancel')}
            danger
            busy={busy}
            onConfirm={() => void erase()}
            onClose={() => !busy && setConfirming(false)}
          />
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}

/** Nothing of the screen, and no request, for a user without the permission. */
export default function ErasurePage() {
  return (
    <Page.Protect permissions={ERASURE_PERMISSIONS}>
      <ErasureScreen />
    </Page.Protect>
  );
}
