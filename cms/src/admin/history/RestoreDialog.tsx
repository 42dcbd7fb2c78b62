/** Asks before restoring: what it does (a new draft, reviewed again), and what it leaves alone. */
import { Button, Dialog } from '@strapi/design-system';
import { useIntl } from 'react-intl';

interface Props {
  number: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function RestoreDialog({ number, busy, onConfirm, onClose }: Props) {
  const { formatMessage } = useIntl();
  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{formatMessage({ id: 'cchc.history.restore.title' }, { number })}</Dialog.Header>
        <Dialog.Body>{formatMessage({ id: 'cchc.history.restore.body' })}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {formatMessage({ id: 'cchc.history.restore.cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button variant="default" fullWidth loading={busy} onClick={onConfirm}>
            {formatMessage({ id: 'cchc.history.restore.confirm' })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
