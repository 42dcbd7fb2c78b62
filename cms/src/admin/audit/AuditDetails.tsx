/**
 * An entry's details as a short list of named values, in the admin's language: the publish
 * note, a reason, the fields of a user, role or token, how many permissions were added or
 * removed. A key we have no name for yet (a new workflow field) is shown as it is.
 */
import { useIntl } from 'react-intl';
import { Typography } from '@strapi/design-system';
import { message, messages } from './messages';

type Pair = [key: string, value: unknown];

/**
 * Left to the CSV: a role's or token's description, which for Strapi's own (the default roles,
 * the default API tokens) is English text Strapi wrote when it created them.
 */
const NOT_SHOWN = new Set(['description']);

/** `{ publish: { major, changeNote } }` reads as `major`, `changeNote`: one level is enough. */
function flatten(details: Record<string, unknown>): Pair[] {
  return Object.entries(details).flatMap(([key, value]): Pair[] =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value as Record<string, unknown>) : [[key, value]],
  );
}

export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { formatMessage } = useIntl();
  const show = (value: unknown): string => {
    if (typeof value === 'boolean') return formatMessage(message(value ? 'value.yes' : 'value.no'));
    if (Array.isArray(value)) {
      return value.every((v) => typeof v !== 'object') ? value.join(', ') : formatMessage(message('detail.count'), { count: value.length });
    }
    if (typeof value === 'string') return formatMessage(messages.messageOf('value', value));
    return value === null || value === undefined ? '' : JSON.stringify(value);
  };
  const pairs = flatten(details).filter(([key, value]) => !NOT_SHOWN.has(key) && value !== null && value !== undefined && value !== '');
  if (!pairs.length) return null;
  return (
    <dl style={{ margin: 0 }}>
      {pairs.map(([key, value]) => (
        <div key={key}>
          <Typography tag="dt" variant="pi" fontWeight="bold" style={{ display: 'inline' }}>
            {formatMessage(messages.messageOf('detail', key))}:{' '}
          </Typography>
          <Typography tag="dd" variant="pi" style={{ display: 'inline', margin: 0 }}>
            {show(value)}
          </Typography>
        </div>
      ))}
    </dl>
  );
}
