/**
 * The side panel of the edit view: the translation's state, who submitted, edited and reviewed
 * it and when, the steps with the reviewers' comments, and the actions this user may take now,
 * each asking for what it needs (a comment, major or minor, a change note). The server decides
 * what is offered and enforces it again when an action is taken.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Checkbox, Field, Flex, Radio, Textarea, TextInput, Typography } from '@strapi/design-system';
import { errorMessage, vietnamMoment, vietnamTime, type Offer, type PanelData, type SitePublication, type Step } from './api';
import { DEFAULT_LOCALE } from '@cchc/content-types/model';
import { isWorkflowModel, typeOfModel } from '../models';
import { message as t, messages, type MessageKey } from './messages';


interface Props {
  model: string;
  documentId?: string;
  document?: { locale?: string; updatedAt?: string } | null;
}

function StepLine({ step, locale }: { step: Step; locale: string }) {
  const { formatMessage } = useIntl();
  const details = [
    step.major === null ? null : formatMessage(t(step.major ? 'step.major' : 'step.minor')),
    step.override ? formatMessage(t('step.overridden')) : null,
  ].filter(Boolean);
  return (
    <li>
      <Typography variant="omega" fontWeight="bold">
        {formatMessage(messages.messageOf('step', step.action))}
      </Typography>{' '}
      <Typography variant="pi" textColor="neutral600">
        {step.by?.name} · <time dateTime={step.at}>{vietnamTime(step.at, locale)}</time>
        {details.length ? ` · ${details.join(', ')}` : ''}
      </Typography>
      {step.note ? (
        <Box paddingTop={1}>
          <Typography variant="pi">«{step.note}»</Typography>
        </Box>
      ) : null}
      {step.changeNote ? (
        <Box paddingTop={1}>
          <Typography variant="pi">{step.changeNote}</Typography>
        </Box>
      ) : null}
    </li>
  );
}

/** While the publisher has not reported, the panel asks again this often, for this long. */
const SITE_POLL_MS = 3_000;
const SITE_POLL_FOR_MS = 10 * 60_000;

/**
 * Whether the public site shows the latest publish or withdrawal: said in words (a status
 * region, announced when it changes), never by colour alone.
 */
function SiteLine({ site, locale }: { site: SitePublication; locale: string }) {
  const { formatMessage } = useIntl();
  let text: React.ReactNode;
  let color = 'neutral600';
  if (site.state === 'pending') {
    // A change sent again says so (cms/src/site-publisher/status.ts), in Vietnamese.
    text = site.message ? `${formatMessage(t('site.pending'))} ${site.message}` : formatMessage(t('site.pending'));
  } else if (site.state === 'failed') {
    text = formatMessage(t('site.failed'), { message: site.message || formatMessage(t('site.noReason')) });
    color = 'danger600';
  } else {
    const at = site.at ?? site.changedAt;
    const { time, date } = vietnamMoment(at, locale);
    const when = <time dateTime={at}>{date ? formatMessage(t('site.onDate'), { time, date }) : time}</time>;
    text = formatMessage(t(site.action === 'unpublish' ? 'site.removed' : 'site.live'), { when });
    if (site.action === 'publish') color = 'success600';
  }
  return (
    <div role="status">
      <Typography variant="pi" textColor={color}>
        {text}
      </Typography>
    </div>
  );
}

interface FormProps {
  offer: Offer;
  data: PanelData;
  onDone: (body: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}

/** What the chosen action needs, asked before it runs. */
function ActionForm({ offer, data, onDone, onCancel }: FormProps) {
  const { formatMessage } = useIntl();
  const [note, setNote] = React.useState('');
  const [kind, setKind] = React.useState<'major' | 'minor'>('minor');
  const [changeNote, setChangeNote] = React.useState('');
  const [override, setOverride] = React.useState(offer.refusal !== null && offer.overridable);
  const [busy, setBusy] = React.useState(false);
  const asksNote = offer.name === 'request-changes' || offer.name === 'unpublish' || override;
  const asksKind = offer.name === 'publish' && data.live;
  const noteLabel: MessageKey = override ? 'form.note.override' : offer.name === 'request-changes' || offer.name === 'unpublish' ? `form.note.${offer.name}` : 'form.note';

  const submit = async () => {
    setBusy(true);
    const body: Record<string, unknown> = {};
    if (note.trim()) body.note = note.trim();
    if (asksKind) {
      body.major = kind === 'major';
      if (kind === 'major') body.changeNote = changeNote.trim();
    }
    if (override) body.override = true;
    try {
      await onDone(body);
    } finally {
      setBusy(false);
    }
  };

  return (
    // A group, not a <form>: the panel stands inside the edit view's own form, and a nested
    // form's submit would reach that one.
    <div role="group" aria-label={formatMessage(t(`action.${offer.name}`))}>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        {offer.overridable && offer.refusal === null ? null : offer.overridable ? (
          <Checkbox checked={override} onCheckedChange={(v: boolean | 'indeterminate') => setOverride(v === true)}>
            {formatMessage(t('panel.override'))}
          </Checkbox>
        ) : null}
        {asksKind ? (
          <Field.Root name="kind">
            <Field.Label>{formatMessage(t('form.kind'))}</Field.Label>
            <Radio.Group value={kind} onValueChange={(v: string) => setKind(v as 'major' | 'minor')} aria-label={formatMessage(t('form.kind'))}>
              <Radio.Item value="minor">{formatMessage(t('form.minor'))}</Radio.Item>
              <Radio.Item value="major">{formatMessage(t('form.major'))}</Radio.Item>
            </Radio.Group>
          </Field.Root>
        ) : null}
        {asksKind && kind === 'major' ? (
          <Field.Root name="changeNote" required>
            <Field.Label>{formatMessage(t('form.changeNote'))}</Field.Label>
            <TextInput value={changeNote} maxLength={500} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setChangeNote(e.target.value)} />
          </Field.Root>
        ) : null}
        {asksNote ? (
          <Field.Root name="note" required>
            <Field.Label>{formatMessage(t(noteLabel))}</Field.Label>
            <Textarea value={note} maxLength={2000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
          </Field.Root>
        ) : null}
        <Flex gap={2}>
          <Button type="button" loading={busy} onClick={submit}>
            {formatMessage(t('form.confirm'))}: {formatMessage(t(`action.${offer.name}`))}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {formatMessage(t('form.cancel'))}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}

function PanelContent({ model, documentId, document }: Props) {
  const { formatMessage, locale: uiLocale } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [data, setData] = React.useState<PanelData | null>(null);
  const [chosen, setChosen] = React.useState<Offer | null>(null);
  const locale = document?.locale ?? DEFAULT_LOCALE;
  const type = typeOfModel(model);
  const path = `/cchc-workflow/documents/${type}/${documentId}?locale=${locale}`;

  const load = React.useCallback(
    async (quiet = false) => {
      try {
        const response = await get<PanelData>(path);
        setData(response.data);
      } catch (error) {
        if (!quiet) toggleNotification({ type: 'danger', message: formatMessage(t('error'), { message: errorMessage(error) }) });
      }
    },
    [path],
  );

  React.useEffect(() => {
    void load();
  }, [load, document?.updatedAt]);

  // Until the publisher reports on the latest change, look again now and then (quietly).
  const site = data?.sitePublication ?? null;
  React.useEffect(() => {
    if (site?.state !== 'pending' || Date.now() - Date.parse(site.changedAt) > SITE_POLL_FOR_MS) return undefined;
    const timer = setTimeout(() => void load(true), SITE_POLL_MS);
    return () => clearTimeout(timer);
  }, [site, load]);

  if (!data) return <Typography variant="pi">{formatMessage(t('panel.loading'))}</Typography>;

  const run = async (offer: Offer, body: Record<string, unknown>) => {
    const base = path.split('?')[0];
    try {
      const response = await post<PanelData>(`${base}/transitions/${offer.name}?locale=${locale}`, body);
      setData(response.data);
      setChosen(null);
      toggleNotification({ type: 'success', message: formatMessage(t('done'), { state: formatMessage(messages.messageOf('state', response.data.state)) }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(t('error'), { message: errorMessage(error) }) });
    }
  };

  const available = data.offers.filter((o) => o.refusal === null || o.overridable);
  const who = (label: MessageKey, person: { name: string } | null, when: string | null) =>
    person ? <Typography variant="pi">{formatMessage(t(label), { who: person.name, when: vietnamTime(when, uiLocale) })}</Typography> : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage(t('panel.state'))}
        </Typography>
        <Badge>{formatMessage(messages.messageOf('state', data.state))}</Badge>
        <Typography variant="pi" textColor={data.live ? 'success600' : 'neutral600'}>
          {formatMessage(t(data.live ? 'panel.live' : 'panel.notLive'))}
        </Typography>
      </Flex>
      {data.sitePublication ? <SiteLine site={data.sitePublication} locale={uiLocale} /> : null}
      {who('panel.submitted', data.submittedBy, data.submittedAt)}
      {who('panel.edited', data.lastEditedBy, data.lastEditedAt)}
      {who('panel.reviewed', data.reviewedBy, data.reviewedAt)}

      <section aria-labelledby="cchc-workflow-actions">
        <Typography id="cchc-workflow-actions" tag="h3" variant="sigma" textColor="neutral600">
          {formatMessage(t('panel.actions'))}
        </Typography>
        {available.length === 0 ? <Typography variant="pi">{formatMessage(t('panel.noActions'))}</Typography> : null}
        {chosen ? (
          <ActionForm offer={chosen} data={data} onDone={(body) => run(chosen, body)} onCancel={() => setChosen(null)} />
        ) : (
          <Flex gap={2} wrap="wrap" paddingTop={2}>
            {available.map((offer) => (
              <Button key={offer.name} variant={offer.name === 'publish' || offer.name === 'approve' ? 'default' : 'secondary'} onClick={() => setChosen(offer)}>
                {formatMessage(t(`action.${offer.name}`))}
              </Button>
            ))}
          </Flex>
        )}
      </section>

      <section aria-labelledby="cchc-workflow-steps">
        <Typography id="cchc-workflow-steps" tag="h3" variant="sigma" textColor="neutral600">
          {formatMessage(t('panel.steps'))}
        </Typography>
        {data.steps.length === 0 ? (
          <Typography variant="pi">{formatMessage(t('panel.noSteps'))}</Typography>
        ) : (
          <Box tag="ol" paddingTop={2} style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}>
            {[...data.steps].reverse().map((step) => (
              <StepLine key={step.id} step={step} locale={uiLocale} />
            ))}
          </Box>
        )}
      </section>
    </Flex>
  );
}

/** Registered with the content manager's `addEditViewSidePanel`. */
export const WorkflowPanel = (props: Props) => {
  // Strapi renders each panel description as a component: hooks first, unconditionally.
  const { formatMessage } = useIntl();
  if (!isWorkflowModel(props.model)) return null;
  return {
    title: formatMessage(t('panel.title')),
    content: props.documentId ? <PanelContent {...props} /> : <Typography variant="pi">{formatMessage(t('panel.saveFirst'))}</Typography>,
  };
};
