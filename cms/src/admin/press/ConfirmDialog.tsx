/**
 * Asks before an action that cannot be taken back (an outlet's token rotated or revoked, a
 * webhook endpoint deleted). An alert dialog: focus moves into it, Escape or "Hủy" leaves
 * everything as it was, and focus goes back where it was.
 */
import { Button, Dialog } from '@strapi/design-system';
import { useReturnFocus } from './return-focus';

interface Props {
  title: string;
  body: string;
  /** The confirming button's text. */
  action: string;
  cancel: string;
  danger?: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ title, body, action, cancel, danger = false, busy, onConfirm, onClose }: Props) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content onCloseAutoFocus={returnFocus}>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body>{body}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" fullWidth>
              {cancel}
            </Button>
          </Dialog.Cancel>
          <Button variant={danger ? 'danger' : 'default'} fullWidth loading={busy} onClick={onConfirm}>
            {action}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
