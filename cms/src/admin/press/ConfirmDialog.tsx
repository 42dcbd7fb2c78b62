/** Asks before a rotation or a revocation, which refuse the outlet's current token at once. */
import { useIntl } from 'react-intl';
import { Button, Dialog } from '@strapi/design-system';
import { message } from './messages';

interface Props {
  kind: 'rotate' | 'revoke';
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ kind, name, busy, onConfirm, onClose }: Props) {
  const { formatMessage } = useIntl();
  const t = (key: string) => formatMessage(message(key), { name });
  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t(`confirm.${kind}.title`)}</Dialog.Header>
        <Dialog.Body>{t(`confirm.${kind}.body`)}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {t('confirm.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button variant={kind === 'revoke' ? 'danger' : 'default'} fullWidth loading={busy} onClick={onConfirm}>
            {t(`action.${kind}`)}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
