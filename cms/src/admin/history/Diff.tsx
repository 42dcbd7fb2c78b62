/**
 * One field's comparison, readable without colour: insertions are <ins> (underlined),
 * deletions <del> (struck through), each also announced by a hidden "[thêm]" / "[xóa]" since
 * screen readers do not voice <ins>/<del> by themselves.
 */
import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FieldComparison } from './api';
import { message, type MessageKey } from './messages';

const insStyle = { textDecoration: 'underline', background: '#e7f7e7', color: 'inherit' };
const delStyle = { textDecoration: 'line-through', background: '#fdeaea', color: 'inherit' };

function useText() {
  const { formatMessage } = useIntl();
  return (key: MessageKey, values?: Record<string, string | number>) => formatMessage(message(key), values);
}

/** An insertion or a deletion: marked by the element (underline, strike-through), a tint and a hidden word. */
function Mark({ kind, children }: { kind: 'inserted' | 'deleted'; children: React.ReactNode }) {
  const t = useText();
  const Tag = kind === 'inserted' ? 'ins' : 'del';
  return (
    <Tag style={kind === 'inserted' ? insStyle : delStyle}>
      <VisuallyHidden>{t(`compare.${kind}`)} </VisuallyHidden>
      {children}
    </Tag>
  );
}

const Inserted = ({ children }: { children: React.ReactNode }) => <Mark kind="inserted">{children}</Mark>;
const Deleted = ({ children }: { children: React.ReactNode }) => <Mark kind="deleted">{children}</Mark>;

function Value({ field }: { field: FieldComparison }) {
  const t = useText();
  switch (field.kind) {
    case 'text':
      return (
        <p style={{ whiteSpace: 'pre-wrap' }}>
          {field.parts.map((part, i) =>
            part.kind === 'inserted' ? <Inserted key={i}>{part.text}</Inserted> : part.kind === 'deleted' ? <Deleted key={i}>{part.text}</Deleted> : <span key={i}>{part.text}</span>,
          )}
        </p>
      );
    case 'value':
      return (
        <p>
          {field.from !== null ? <Deleted>{field.from}</Deleted> : t('compare.empty')} → {field.to !== null ? <Inserted>{field.to}</Inserted> : t('compare.empty')}
        </p>
      );
    case 'items':
      return (
        <>
          {field.added.length > 0 && (
            <p>
              {t('compare.addedItems')} <Inserted>{field.added.map((i) => i.label).join(', ')}</Inserted>
            </p>
          )}
          {field.removed.length > 0 && (
            <p>
              {t('compare.removedItems')} <Deleted>{field.removed.map((i) => i.label).join(', ')}</Deleted>
            </p>
          )}
        </>
      );
    case 'component':
      return <FieldList fields={field.fields} level={4} />;
    case 'components':
      return (
        <ol>
          {field.items
            .filter((item) => item.status !== 'unchanged')
            .map((item) => (
              <li key={item.index}>
                <Typography variant="omega" fontWeight="bold">
                  {t('compare.item', { number: item.index + 1 })} ({t(`status.${item.status}`)})
                </Typography>
                <FieldList fields={item.fields} level={5} />
              </li>
            ))}
        </ol>
      );
  }
}

/** The changed fields, each under a heading with its label and what happened to it. */
export function FieldList({ fields, level }: { fields: FieldComparison[]; level: 3 | 4 | 5 }) {
  const t = useText();
  const Heading = `h${level}` as const;
  return (
    <>
      {fields
        .filter((f) => f.status !== 'unchanged')
        .map((field) => (
          <Box key={field.field} tag="section" paddingTop={3}>
            <Typography tag={Heading} variant={level === 3 ? 'delta' : 'omega'} fontWeight="bold">
              {field.label} ({t(`status.${field.status}`)})
            </Typography>
            <Box paddingTop={1}>
              <Typography variant="omega" tag="div">
                <Value field={field} />
              </Typography>
            </Box>
          </Box>
        ))}
    </>
  );
}
