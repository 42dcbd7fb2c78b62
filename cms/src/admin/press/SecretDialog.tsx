/**
 * A new secret, shown once: an outlet's token (after a create or a rotation) or a webhook
 * endpoint's signing secret (after it was registered). In a read-only field with a copy button
 * and the warning that it will not be shown again. An alert dialog, so focus moves into it and
 * stays there until the administrator closes it; then it goes back where it was.
 */
import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useReturnFocus } from './return-focus';

/** The dialog's words, in the admin's language. */
export interface SecretTexts {
  title: string;
  warning: string;
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
}

interface Props {
  secret: string;
  texts: SecretTexts;
  onClose: () => void;
}

export function SecretDialog({ secret, texts, onClose }: Props) {
  const [copied, setCopied] = React.useState<'copied' | 'copyFailed' | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('copied');
    } catch {
      // No clipboard (an http:// admin that is not localhost): leave the secret selected.
      input.current?.select();
      setCopied('copyFailed');
    }
  };

  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content onCloseAutoFocus={returnFocus}>
        <Dialog.Header>{texts.title}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Box background="warning100" padding={3} hasRadius>
              <Typography tag="p" textColor="neutral800" fontWeight="bold">
                {texts.warning}
              </Typography>
            </Box>
            <Field.Root name="secret">
              <Field.Label>{texts.label}</Field.Label>
              <TextInput ref={input} readOnly value={secret} onFocus={(e: React.FocusEvent<HTMLInputElement>) => e.target.select()} style={{ fontFamily: 'monospace' }} />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="secondary" onClick={copy}>
                {texts.copy}
              </Button>
              <Typography role="status" variant="pi">
                {copied ? texts[copied] : ''}
              </Typography>
            </Flex>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="default" fullWidth>
              {texts.close}
            </Button>
          </Dialog.Cancel>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
