/**
 * The outlet form, for a new outlet and for changing one: name, browser origins (one per line)
 * and rate limit. A native form: every field labelled, Enter submits; the server checks it all
 * and its Vietnamese message is shown.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field, Flex, Grid, Textarea, TextInput, Typography } from '@strapi/design-system';
import { message, type MessageKey } from './messages';

export interface OutletInput {
  name: string;
  origins: string[];
  perMinute: number;
  burst: number;
}

interface Props {
  /** The outlet being changed, or the defaults of a new one. */
  initial: OutletInput;
  editing: string | null;
  onSubmit: (input: OutletInput) => Promise<boolean>;
  onCancel?: () => void;
}

export function OutletForm({ initial, editing, onSubmit, onCancel }: Props) {
  const { formatMessage } = useIntl();
  const t = (key: MessageKey, values?: Record<string, string>) => formatMessage(message(key), values);
  const [name, setName] = React.useState(initial.name);
  const [origins, setOrigins] = React.useState(initial.origins.join('\n'));
  const [perMinute, setPerMinute] = React.useState(String(initial.perMinute));
  const [burst, setBurst] = React.useState(String(initial.burst));
  const [busy, setBusy] = React.useState(false);
  const limitField = (name: 'perMinute' | 'burst', value: string, set: (value: string) => void) => (
    <Grid.Item col={3} s={6} direction="column" alignItems="stretch">
      <Field.Root name={name}>
        <Field.Label>{t(`form.${name}`)}</Field.Label>
        <TextInput type="number" min={1} value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value)} />
      </Field.Root>
    </Grid.Item>
  );
  const headingId = editing ? 'cchc-press-form-edit' : 'cchc-press-form-create';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const done = await onSubmit({
        name,
        origins: origins.split('\n').map((o) => o.trim()).filter(Boolean),
        perMinute: Number(perMinute),
        burst: Number(burst),
      });
      if (done && !editing) {
        setName('');
        setOrigins('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box tag="form" aria-labelledby={headingId} onSubmit={submit} background="neutral0" padding={6} marginBottom={6} shadow="tableShadow" hasRadius>
      <Typography id={headingId} tag="h2" variant="delta">
        {editing ? t('form.edit', { name: editing }) : t('form.create')}
      </Typography>
      <Grid.Root gap={4} marginTop={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root name="name" hint={t('form.name.hint')} required>
            <Field.Label>{t('form.name')}</Field.Label>
            <TextInput value={name} maxLength={100} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        {limitField('perMinute', perMinute, setPerMinute)}
        {limitField('burst', burst, setBurst)}
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="origins" hint={t('form.origins.hint')}>
            <Field.Label>{t('form.origins')}</Field.Label>
            <Textarea value={origins} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setOrigins(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex gap={2} marginTop={4}>
        <Button type="submit" loading={busy}>
          {editing ? t('form.submit.edit') : t('form.submit.create')}
        </Button>
        {onCancel ? (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
}
