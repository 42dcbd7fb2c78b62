/**
 * "Lịch sử phiên bản", a side panel of the content manager's edit view: the versions of this
 * document in the locale being edited, newest first, each with when (the province's time), who,
 * major or minor and its change note; two can be compared, one restored as the new draft.
 * After a restore the page reloads, so that the form shows the restored draft (a stale form
 * saved afterwards would silently undo the restore); the result is shown once reloaded.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import { DEFAULT_LOCALE } from '@cchc/content-types/model';
import { isVersionedModel } from '../models';
import { provinceTimeFormat } from '../province-time';
import { errorMessage, useHistoryApi, type DocumentRef, type VersionSummary } from './api';
import { message, type MessageKey } from './messages';
import { CompareModal } from './CompareModal';
import { RestoreDialog } from './RestoreDialog';

const FLASH = 'cchc.history.restored';

interface Flash {
  number: number;
  dropped: string[];
}

function takeFlash(): Flash | null {
  const raw = window.sessionStorage.getItem(FLASH);
  window.sessionStorage.removeItem(FLASH);
  return raw ? (JSON.parse(raw) as Flash) : null;
}

/** Who published, as an editor reads it: a person's name, an API token's, or "the system". */
function authorName(author: VersionSummary['author'], t: (key: MessageKey, values?: Record<string, string>) => string): string {
  if (author.kind === 'admin') return author.name;
  if (author.kind === 'api-token') return t('author.token', { name: author.name });
  return t('author.system');
}

function HistoryPanelContent({ document, updatedAt }: { document: DocumentRef; updatedAt: string | undefined }) {
  const { formatMessage, locale: uiLocale } = useIntl();
  const api = useHistoryApi();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [flash] = useState(takeFlash);

  // Reloaded when the document changes (a publish adds a version).
  useEffect(() => {
    setError(null);
    api.list(document).then(setVersions, (e: unknown) => setError(errorMessage(e)));
    // By value on purpose: `api` and `document` are new objects at every render.
  }, [document.model, document.documentId, document.locale, updatedAt]);

  const time = provinceTimeFormat(uiLocale, { dateStyle: 'short', timeStyle: 'short' });
  const toggle = useCallback((id: number, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id))), []);

  const restore = async () => {
    if (!restoring) return;
    setBusy(true);
    try {
      const dropped = await api.restore(document, restoring.id);
      window.sessionStorage.setItem(FLASH, JSON.stringify({ number: restoring.number, dropped: dropped.map((d) => `${d.field}: ${d.name}`) } satisfies Flash));
      window.location.reload();
    } catch (e) {
      setError(formatMessage(message('restore.failed'), { message: errorMessage(e) }));
      setRestoring(null);
      setBusy(false);
    }
  };

  const t = (key: MessageKey, values?: Record<string, string | number>) => formatMessage(message(key), values);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {flash && (
        <Alert variant="success" closeLabel={t('compare.close')} title="">
          {t('restore.done', { number: flash.number })}
          {flash.dropped.length > 0 && ` ${t('restore.dropped', { items: flash.dropped.join('; ') })}`}
        </Alert>
      )}
      {error && (
        <Typography role="alert" textColor="danger600" variant="pi">
          {error}
        </Typography>
      )}
      {!versions && !error && <Typography variant="pi">{t('panel.loading')}</Typography>}
      {versions?.length === 0 && <Typography variant="pi">{t('panel.empty')}</Typography>}
      {versions && versions.length > 0 && (
        <>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('panel.title')}>
            {versions.map((v) => (
              <li key={v.id}>
                <Box paddingTop={2} paddingBottom={2} borderColor="neutral200" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}>
                  <Flex justifyContent="space-between" gap={2}>
                    <Checkbox checked={picked.includes(v.id)} onCheckedChange={(on: boolean | 'indeterminate') => toggle(v.id, on === true)} aria-label={t('version.pick', { number: v.number })}>
                      <Typography fontWeight="bold">{t('version.name', { number: v.number })}</Typography>
                    </Checkbox>
                    <Badge>{t(v.major ? 'version.major' : 'version.minor')}</Badge>
                  </Flex>
                  <Typography tag="p" variant="pi" textColor="neutral600">
                    <time dateTime={v.publishedAt}>{t('version.by', { time: time.format(new Date(v.publishedAt)), author: authorName(v.author, t) })}</time>
                  </Typography>
                  {v.changeNote && (
                    <Typography tag="p" variant="pi">
                      {t('version.note', { note: v.changeNote })}
                    </Typography>
                  )}
                  <Box paddingTop={1}>
                    <Button size="S" variant="secondary" onClick={() => setRestoring(v)} aria-label={t('restore.label', { number: v.number })}>
                      {t('restore.button')}
                    </Button>
                  </Box>
                </Box>
              </li>
            ))}
          </ol>
          <Typography variant="pi" textColor="neutral600">
            {t('compare.hint')}
          </Typography>
          <Button
            variant="secondary"
            disabled={picked.length !== 2}
            onClick={() => {
              // Older first: ids grow with every publish.
              const [a, b] = [...picked].sort((x, y) => x - y) as [number, number];
              setComparing([a, b]);
            }}
          >
            {t('compare.button')}
          </Button>
        </>
      )}
      {comparing && <CompareModal document={document} ids={comparing} onClose={() => setComparing(null)} />}
      {restoring && <RestoreDialog number={restoring.number} busy={busy} onConfirm={restore} onClose={() => !busy && setRestoring(null)} />}
    </Flex>
  );
}

/** Only on saved documents of our versioned types (a new, unsaved one has no history). */
export const HistoryPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  const { formatMessage } = useIntl();
  const { search } = useLocation();
  if (!documentId || !isVersionedModel(model)) return null;
  const locale = new URLSearchParams(search).get('plugins[i18n][locale]') ?? document?.locale ?? DEFAULT_LOCALE;
  return {
    title: formatMessage(message('panel.title')),
    content: <HistoryPanelContent document={{ model, documentId, locale }} updatedAt={document?.updatedAt as string | undefined} />,
  };
};
