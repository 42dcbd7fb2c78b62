/** Asks before restoring: what it does (a new draft, reviewed again), and what it leaves alone. */
import { Button, Dialog } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { message } from './messages';

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
        <Dialog.Header>{formatMessage(message('restore.title'), { number })}</Dialog.Header>
        <Dialog.Body>{formatMessage(message('restore.body'))}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {formatMessage(message('restore.cancel'))}
            </Button>
          </Dialog.Cancel>
          <Button variant="default" fullWidth loading={busy} onClick={onConfirm}>
            {formatMessage(message('restore.confirm'))}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
