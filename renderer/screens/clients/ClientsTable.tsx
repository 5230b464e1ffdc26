import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../api/contract';
import type { Client } from '../../../core/types';
import { RestoreClientButton } from './RestoreClientButton';
import { clientNameOf } from '../../lib/clientName';

interface Props {
  clients: Client[];
  /** The Archived view: each row offers Restore. */
  archived: boolean;
  onError: (error: ApiError | null) => void;
}

/** The client list: the name opens the client (a link, so it works from the keyboard). */
export function ClientsTable({ clients, archived, onError }: Props) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('find.clientsList')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.name')}</Table.Th>
          <Table.Th>{t('clients.identifier')}</Table.Th>
          <Table.Th>{t('kind.label')}</Table.Th>
          {archived && <Table.Th>{t('find.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${c.id}`} size="sm">
                {clientNameOf(c.name, t)}
              </Anchor>
            </Table.Td>
            <Table.Td ff="monospace">{c.idNumber}</Table.Td>
            <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
            {archived && (
              <Table.Td>
                <RestoreClientButton
                  clientId={c.id}
                  clientName={clientNameOf(c.name, t)}
                  onError={onError}
                  size="compact-sm"
                  variant="light"
                />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
