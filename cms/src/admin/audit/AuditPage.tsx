/**
 * "Nhật ký hệ thống": the administrator's search of the audit log (GET /cchc-audit/entries) and
 * its CSV export (GET /cchc-audit/entries.csv), with the same filter. A plain form (labelled
 * fields, submitted with Enter or the button), a table with a caption and column headers, and
 * page buttons; times in the province's time whatever the browser's zone.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Page, Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ACTION_LABELS, DOCUMENT_TYPES } from '../../audit/labels';
import { provinceTimeFormat } from '../province-time';
import { AuditDetails } from './AuditDetails';
import { message, messages, type MessageKey } from './messages';

interface Entry {
  id: number;
  at: string;
  action: string;
  actor: { kind: string; id: number | null; email: string | null; name: string | null };
  subject: { type: string; id: string | null; locale: string | null } | null;
  agency: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

interface Result {
  data: Entry[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

const FIELDS = ['user', 'agency', 'documentType', 'documentId', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;
const EMPTY: Filters = { user: '', agency: '', documentType: '', documentId: '', action: '', from: '', to: '' };
const PAGE_SIZE = 25;

/** Only the fields that are filled in: the server refuses empty or unknown parameters. */
const paramsOf = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));

function errorText(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

export default function AuditPage() {
  const { formatMessage, locale } = useIntl();
  const t = (key: MessageKey, values?: Record<string, string | number>) => formatMessage(message(key), values);
  const { get } = useFetchClient();
  const [draft, setDraft] = React.useState<Filters>(EMPTY);
  const [filters, setFilters] = React.useState<Filters>(EMPTY);
  const [page, setPage] = React.useState(1);
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    const controller = new AbortController();
    setError(null);
    get<Result>('/cchc-audit/entries', { params: { ...paramsOf(filters), page, pageSize: PAGE_SIZE }, signal: controller.signal })
      .then(({ data }) => setResult(data))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(errorText(e));
      });
    return () => controller.abort();
  }, [filters, page, get]);

  const time = React.useMemo(
    () => provinceTimeFormat(locale),
    [locale],
  );

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters(draft);
  };

  const exportCsv = async () => {
    try {
      const { data } = await get('/cchc-audit/entries.csv', { params: paramsOf(filters), responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = `nhat-ky-he-thong-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const text = (name: keyof Filters, label: string, type = 'text', hint?: string) => (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput type={type} value={draft[name]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: e.target.value })} />
      {hint ? <Field.Hint /> : null}
    </Field.Root>
  );

  const choice = (name: 'documentType' | 'action', label: string, options: [string, string][]) => (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={draft[name]} onChange={(value: string | number) => setDraft({ ...draft, [name]: String(value) })}>
        <SingleSelectOption value="">{t('filters.any')}</SingleSelectOption>
        {options.map(([value, optionLabel]) => (
          <SingleSelectOption key={value} value={value}>
            {optionLabel}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );

  const pagination = result?.meta.pagination;
  // The system's task names (`seed`, `unattributed`) are codes: named where we know them.
  const systemName = (actor: Entry['actor']) =>
    actor.kind === 'system' && actor.name ? formatMessage(messages.messageOf('value', actor.name)) : actor.name;
  const subjectLabel = (type: string) => formatMessage(messages.messageOf('subject', type));

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header
        title={t('title')}
        subtitle={t('subtitle')}
        primaryAction={
          <Button variant="secondary" onClick={exportCsv}>
            {t('export')}
          </Button>
        }
      />
      <Layouts.Content>
        <Box tag="form" onSubmit={submit} background="neutral0" padding={6} shadow="filterShadow" hasRadius marginBottom={6} aria-label={t('filters.legend')}>
          <Grid.Root gap={4}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('user', t('filters.user'))}</Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('agency', t('filters.agency'))}</Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              {choice('action', t('filters.action'), Object.keys(ACTION_LABELS).map((a) => [a, formatMessage(messages.messageOf('action', a))]))}
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              {choice('documentType', t('filters.documentType'), DOCUMENT_TYPES.map((type) => [type, subjectLabel(type)]))}
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('documentId', t('filters.documentId'))}</Grid.Item>
            <Grid.Item col={2} s={6} direction="column" alignItems="stretch">{text('from', t('filters.from'), 'date', t('filters.dates.hint'))}</Grid.Item>
            <Grid.Item col={2} s={6} direction="column" alignItems="stretch">{text('to', t('filters.to'), 'date')}</Grid.Item>
          </Grid.Root>
          <Flex gap={2} marginTop={4}>
            <Button type="submit">{t('filters.submit')}</Button>
            <Button type="button" variant="tertiary" onClick={() => (setDraft(EMPTY), setFilters(EMPTY), setPage(1))}>
              {t('filters.reset')}
            </Button>
          </Flex>
        </Box>

        {error ? (
          <Box role="alert" padding={4} marginBottom={4} background="danger100" hasRadius>
            <Typography textColor="danger700">{t('error.load', { message: error })}</Typography>
          </Box>
        ) : null}

        {!result ? (
          <Typography role="status">{t('loading')}</Typography>
        ) : (
          <>
            <Typography role="status" tag="p" variant="pi" textColor="neutral600">
              {t('table.total', { total: pagination?.total ?? 0 })}
            </Typography>
            <Table colCount={7} rowCount={result.data.length + 1}>
              <caption className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                {t('table.caption')}
              </caption>
              <Thead>
                <Tr>
                  {(['at', 'action', 'actor', 'subject', 'agency', 'ip', 'details'] as const).map((column) => (
                    <Th key={column} scope="col">
                      <Typography variant="sigma">{t(`table.${column}`)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {result.data.length === 0 ? (
                  <Tr>
                    <Td colSpan={7}>
                      <Typography>{t('table.empty')}</Typography>
                    </Td>
                  </Tr>
                ) : (
                  result.data.map((entry) => (
                    <Tr key={entry.id}>
                      <Td>
                        <Typography tag="time" dateTime={entry.at}>{time.format(new Date(entry.at))}</Typography>
                      </Td>
                      <Td>
                        <Typography>{formatMessage(messages.messageOf('action', entry.action))}</Typography>
                      </Td>
                      <Td>
                        <Typography>
                          {[formatMessage(messages.messageOf('actor', entry.actor.kind)), entry.actor.email ?? systemName(entry.actor), entry.actor.id !== null ? `#${entry.actor.id}` : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>
                          {entry.subject ? [subjectLabel(entry.subject.type), entry.subject.id, entry.subject.locale].filter(Boolean).join(' · ') : ''}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>{entry.agency ?? ''}</Typography>
                      </Td>
                      <Td>
                        <Typography>{entry.ip ?? ''}</Typography>
                      </Td>
                      <Td>
                        <AuditDetails details={entry.details} />
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
      </Layouts.Content>
    </Page.Main>
  );
}
