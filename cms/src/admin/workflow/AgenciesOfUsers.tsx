/**
 * The administrator's screen for agencies of users (Settings): which agencies each admin user
 * belongs to. An author writes and sees only their agencies' content; the agency comes from
 * here, never from a field the author types.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { errorMessage } from './api';
import { message as t, messages } from './messages';


interface User {
  id: number;
  name: string;
  email: string;
  isActive: boolean;
  roles: string[];
  agencies: string[];
}
interface Agency {
  documentId: string;
  name: string;
}

function UserAgencies({ user, agencies, onSave }: { user: User; agencies: Agency[]; onSave: (ids: string[]) => Promise<void> }) {
  const { formatMessage } = useIntl();
  const [chosen, setChosen] = React.useState(new Set(user.agencies));
  const [busy, setBusy] = React.useState(false);
  const toggle = (id: string, on: boolean) => setChosen((prev) => {
    const next = new Set(prev);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Typography variant="sigma">{formatMessage(t('agencies.edit'), { name: user.name || user.email })}</Typography>
      </legend>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {agencies.map((agency) => (
          <Checkbox key={agency.documentId} checked={chosen.has(agency.documentId)} onCheckedChange={(v: boolean | 'indeterminate') => toggle(agency.documentId, v === true)}>
            {agency.name}
          </Checkbox>
        ))}
        <Box paddingTop={2}>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onSave([...chosen]);
              } finally {
                setBusy(false);
              }
            }}
          >
            {formatMessage(t('agencies.save'))}
          </Button>
        </Box>
      </Flex>
    </fieldset>
  );
}

export default function AgenciesOfUsers() {
  const { formatMessage } = useIntl();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [data, setData] = React.useState<{ users: User[]; agencies: Agency[] } | null>(null);
  const [editing, setEditing] = React.useState<number | null>(null);

  const load = React.useCallback(async () => {
    try {
      setData((await get<{ users: User[]; agencies: Agency[] }>('/cchc-permissions/users')).data);
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(t('error'), { message: errorMessage(error) }) });
    }
  }, []);
  React.useEffect(() => {
    void load();
  }, [load]);

  const names = new Map(data?.agencies.map((a) => [a.documentId, a.name]));
  return (
    <Page.Main>
      <Page.Title>{formatMessage(t('agencies.title'))}</Page.Title>
      <Layouts.Header title={formatMessage(t('agencies.title'))} subtitle={formatMessage(t('agencies.subtitle'))} />
      <Layouts.Content>
        {!data ? <Page.Loading /> : (
          <Table colCount={3} rowCount={data.users.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{formatMessage(t('agencies.user'))}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage(t('agencies.roles'))}</Typography></Th>
                <Th><Typography variant="sigma">{formatMessage(t('agencies.agencies'))}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.users.map((user) => (
                <Tr key={user.id}>
                  <Td>
                    <Typography>{user.name}</Typography>
                    <Typography variant="pi" textColor="neutral600"> {user.email}</Typography>
                  </Td>
                  <Td><Typography>{user.roles.join(', ')}</Typography></Td>
                  <Td>
                    {editing === user.id ? (
                      <UserAgencies
                        user={user}
                        agencies={data.agencies}
                        onSave={async (ids) => {
                          try {
                            await put(`/cchc-permissions/users/${user.id}/agencies`, { agencies: ids });
                            toggleNotification({ type: 'success', message: formatMessage(t('agencies.saved'), { name: user.name || user.email }) });
                            setEditing(null);
                            await load();
                          } catch (error) {
                            toggleNotification({ type: 'danger', message: formatMessage(t('error'), { message: errorMessage(error) }) });
                          }
                        }}
                      />
                    ) : (
                      <Flex gap={2} wrap="wrap">
                        <Typography>{user.agencies.map((id) => names.get(id) ?? id).join(', ') || formatMessage(t('agencies.none'))}</Typography>
                        <Button variant="tertiary" size="S" onClick={() => setEditing(user.id)} aria-label={formatMessage(t('agencies.edit'), { name: user.name || user.email })}>
                          {formatMessage(t('agencies.change'))}
                        </Button>
                      </Flex>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
