/**
 * "Hẹn giờ": a side panel on the content manager's edit view of our documents. It lists this
 * document's schedules in the locale being edited (pending first, then past ones, in Vietnam
 * time), sets a publish or unpublish at a time typed in Vietnam time, and cancels a pending one.
 * Shown only to users who may publish the type; the server checks that again on every call.
 */
import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Radio, Textarea, Typography } from '@strapi/design-system';
import { useDocumentRBAC } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { messageOf, useSchedules, type NewSchedule, type ScheduleView } from './api';
import { DEFAULT_LOCALE } from '@cchc/content-types/model';
import { isWorkflowModel } from '../models';
import type { MessageKey } from './messages';
import { useMessages } from './use-messages';

function ScheduleLine({ schedule, onCancel }: { schedule: ScheduleView; onCancel?: () => void }) {
  const t = useMessages();
  return (
    <Box padding={2} hasRadius background="neutral100" width="100%">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="omega" fontWeight="bold">
          {t(`action.${schedule.action}`)} · {schedule.runAtVietnam}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t(`state.${schedule.state}`)}
          {schedule.firedAtVietnam && schedule.state !== 'pending' ? ` · ${t('firedAt')} ${schedule.firedAtVietnam}` : ''}
        </Typography>
        {schedule.changeNote ? <Typography variant="pi">{schedule.changeNote}</Typography> : null}
        {schedule.outcome ? (
          <Typography variant="pi" textColor="danger600">
            {t('reason')}: {schedule.outcome}
          </Typography>
        ) : null}
        {onCancel ? (
          <Button variant="danger-light" size="S" onClick={onCancel}>
            {t('cancel')}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
}

function ScheduleForm({ onSubmit }: { onSubmit: (input: NewSchedule) => Promise<void> }) {
  const t = useMessages();
  const [at, setAt] = React.useState('');
  const [action, setAction] = React.useState<NewSchedule['action']>('publish');
  const [major, setMajor] = React.useState(false);
  const [changeNote, setChangeNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      // The typed value is Vietnam wall-clock time: sent as it is, never through the browser's zone.
      await onSubmit(action === 'publish' ? { action, at, major, ...(changeNote.trim() ? { changeNote } : {}) } : { action, at });
      setAt('');
      setChangeNote('');
      setMajor(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} style={{ width: '100%' }}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Field.Root name="cchc-scheduling-at" required hint={t('at.hint')}>
          <Field.Label>{t('at')}</Field.Label>
          <Field.Input type="datetime-local" value={at} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAt(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="cchc-scheduling-action">
          <Field.Label>{t('action')}</Field.Label>
          <Radio.Group value={action} onValueChange={(value: string) => setAction(value as NewSchedule['action'])} aria-label={t('action')}>
            <Radio.Item value="publish">{t('action.publish')}</Radio.Item>
            <Radio.Item value="unpublish">{t('action.unpublish')}</Radio.Item>
          </Radio.Group>
        </Field.Root>
        {action === 'publish' ? (
          <>
            <Field.Root name="cchc-scheduling-major" hint={t('major.hint')}>
              <Checkbox checked={major} onCheckedChange={(checked: boolean | 'indeterminate') => setMajor(checked === true)}>
                {t('major')}
              </Checkbox>
              <Field.Hint />
            </Field.Root>
            <Field.Root name="cchc-scheduling-note" hint={t('changeNote.hint')} required={major}>
              <Field.Label>{t('changeNote')}</Field.Label>
              <Textarea value={changeNote} maxLength={1000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setChangeNote(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          </>
        ) : null}
        <Button type="submit" loading={busy} disabled={!at}>
          {t('submit')}
        </Button>
      </Flex>
    </form>
  );
}

function SchedulingContent({ model, documentId, locale }: { model: string; documentId: string; locale: string }) {
  const t = useMessages();
  const { schedules, loadError, create, cancel } = useSchedules(model, documentId, locale);
  const [notice, setNotice] = React.useState<{ text: string; error: boolean } | null>(null);

  const attempt = async (work: () => Promise<void>, done: MessageKey) => {
    try {
      await work();
      setNotice({ text: t(done), error: false });
    } catch (error) {
      setNotice({ text: messageOf(error, t('error')), error: true });
    }
  };

  const pending = schedules?.filter((s) => s.state === 'pending') ?? [];
  const past = schedules?.filter((s) => s.state !== 'pending') ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" textColor="neutral600">
        {t('intro')}
      </Typography>
      {loadError ? <Typography textColor="danger600">{messageOf(loadError, t('error'))}</Typography> : null}
      {schedules === null && !loadError ? <Typography variant="pi">{t('loading')}</Typography> : null}
      {schedules?.length === 0 ? <Typography variant="pi">{t('none')}</Typography> : null}
      {pending.length ? <Typography variant="sigma">{t('pending')}</Typography> : null}
      {pending.map((s) => (
        <ScheduleLine key={s.id} schedule={s} onCancel={() => attempt(() => cancel(s.id), 'cancelled')} />
      ))}
      {past.length ? <Typography variant="sigma">{t('past')}</Typography> : null}
      {past.map((s) => (
        <ScheduleLine key={s.id} schedule={s} />
      ))}
      <ScheduleForm onSubmit={(input) => attempt(() => create(input), 'saved')} />
      {notice ? (
        <Typography role="status" textColor={notice.error ? 'danger600' : 'success600'}>
          {notice.text}
        </Typography>
      ) : null}
    </Flex>
  );
}

/** Our workflow's types only (the scheduler fires their transitions), saved documents only (a new one has nothing to schedule yet). */
export const SchedulingPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  const t = useMessages();
  const canPublish = useDocumentRBAC('SchedulingPanel', (rbac) => rbac.canPublish);
  if (!isWorkflowModel(model) || !documentId || !canPublish) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : DEFAULT_LOCALE;
  return {
    title: t('title'),
    content: <SchedulingContent key={`${documentId}-${locale}`} model={model} documentId={documentId} locale={locale} />,
  };
};
