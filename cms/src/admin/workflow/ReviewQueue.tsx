/**
 * The editor's review queue: what the agencies submitted (and what is approved, waiting to be
 * published), oldest first, with its agency, language, submitter and how long it has waited.
 * Each title opens the document in the content manager, in its language.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { errorMessage, vietnamTime, type QueueItem } from './api';
import { message as t, messages } from './messages';


export default function ReviewQueue() {
  const { formatMessage, locale } = useIntl();
  const { get } = useFetchClient();
  const [items, setItems] = React.useState<QueueItem[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ items: QueueItem[] }>('/cchc-workflow/queue')
      .then((r) => setItems(r.data.items))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('queue.title'))}</Page.Title>
      <Layouts.Header title={formatMessage(t('queue.title'))} subtitle={formatMessage(t('queue.subtitle'))} />
      <Layouts.Content>
        {error ? <Typography textColor="danger600">{formatMessage(t('error'), { message: error })}</Typography> : null}
        {items === null && !error ? <Page.Loading /> : null}
        {items && items.length === 0 ? <Typography>{formatMessage(t('queue.empty'))}</Typography> : null}
        {items && items.length > 0 ? (
          <Table colCount={7} rowCount={items.length + 1}>
            <Thead>
              <Tr>
                {(['document', 'type', 'agency', 'locale', 'state', 'by', 'since'] as const).map((key) => (
                  <Th key={key}>
                    <Typography variant="sigma">{formatMessage(t(`queue.${key}`))}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {items.map((item) => (
                <Tr key={`${item.uid}/${item.documentId}/${item.locale}`}>
                  <Td>
                    <Link to={`/content-manager/collection-types/${item.uid}/${item.documentId}?plugins[i18n][locale]=${item.locale}`}>
                      <Typography lang={item.locale}>{item.title}</Typography>
                    </Link>
                  </Td>
                  <Td>
                    <Typography>{formatMessage(t(`type.${item.type}`))}</Typography>
                  </Td>
                  <Td>
                    <Typography>{item.agency?.name ?? ''}</Typography>
                  </Td>
                  <Td>
                    <Typography>{formatMessage(t(`locale.${item.locale}`))}</Typography>
                  </Td>
                  <Td>
                    <Badge>{formatMessage(messages.messageOf('state', item.state))}</Badge>
                  </Td>
                  <Td>
                    <Typography>{item.submittedBy?.name ?? ''}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      <time dateTime={item.since}>{vietnamTime(item.since, locale)}</time>
                    </Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
