/** The comparison of two versions, field by field, in a modal (focus kept inside, Esc closes). */
import { useEffect, useState } from 'react';
import { Button, Loader, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { message } from './messages';
import { errorMessage, useHistoryApi, type Comparison, type DocumentRef } from './api';
import { FieldList } from './Diff';

interface Props {
  document: DocumentRef;
  /** The two version ids, older first. */
  ids: [number, number];
  onClose: () => void;
}

export function CompareModal({ document, ids, onClose }: Props) {
  const { formatMessage } = useIntl();
  const api = useHistoryApi();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.compare(document, ids[0], ids[1]).then(setComparison, (e: unknown) => setError(errorMessage(e)));
    // By value on purpose: `api` and `document` are new objects at every render.
  }, [document.model, document.documentId, document.locale, ids[0], ids[1]]);

  const unchanged = comparison?.fields.filter((f) => f.status === 'unchanged').length ?? 0;
  const changed = (comparison?.fields.length ?? 0) - unchanged;
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={formatMessage(message('compare.close'))}>
          <Modal.Title>
            {comparison
              ? formatMessage(message('compare.title'), { from: comparison.from.number, to: comparison.to.number })
              : formatMessage(message('compare.button'))}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {error && <Typography textColor="danger600">{formatMessage(message('panel.error'), { message: error })}</Typography>}
          {!error && !comparison && <Loader small>{formatMessage(message('panel.loading'))}</Loader>}
          {comparison && (
            <>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {formatMessage(message('compare.legend'))}
              </Typography>
              {changed === 0 && <Typography tag="p">{formatMessage(message('compare.noChanges'))}</Typography>}
              <FieldList fields={comparison.fields} level={3} />
              <Typography tag="p" variant="pi" textColor="neutral600">
                {formatMessage(message('compare.unchangedCount'), { count: unchanged })}
              </Typography>
            </>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage(message('compare.close'))}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
