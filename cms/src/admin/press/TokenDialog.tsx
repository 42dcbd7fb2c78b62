/**
 * The new token, shown once (after a create or a rotation): in a read-only field with a copy
 * button and the warning that it will not be shown again. An alert dialog, so focus moves into
 * it and stays there until the administrator closes it.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Dialog, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { message } from './messages';

interface Props {
  name: string;
  token: string;
  onClose: () => void;
}

export function TokenDialog({ name, token, onClose }: Props) {
  const { formatMessage } = useIntl();
  const t = (key: string, values?: Record<string, string>) => formatMessage(message(key), values);
  const [copied, setCopied] = React.useState<'copied' | 'copyFailed' | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('copied');
    } catch {
      // No clipboard (an http:// admin that is not localhost): leave the token selected.
      input.current?.select();
      setCopied('copyFailed');
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('token.title', { name })}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Box background="warning100" padding={3} hasRadius>
              <Typography tag="p" textColor="warning700" fontWeight="bold">
                {t('token.warning')}
              </Typography>
            </Box>
            <Field.Root name="token">
              <Field.Label>{t('token.label')}</Field.Label>
              <TextInput ref={input} readOnly value={token} onFocus={(e: React.FocusEvent<HTMLInputElement>) => e.target.select()} style={{ fontFamily: 'monospace' }} />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="secondary" onClick={copy}>
                {t('token.copy')}
              </Button>
              <Typography role="status" variant="pi">
                {copied ? t(`token.${copied}`) : ''}
              </Typography>
            </Flex>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="default" fullWidth>
              {t('token.close')}
            </Button>
          </Dialog.Cancel>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
