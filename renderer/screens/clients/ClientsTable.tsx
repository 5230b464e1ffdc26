import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../../core/types';

/** The client list: the name opens the client (a link, so it works from the keyboard). */
export function ClientsTable({ clients }: { clients: Client[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.name')}</Table.Th>
          <Table.Th>{t('clients.identifier')}</Table.Th>
          <Table.Th>{t('kind.label')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${c.id}`} size="sm">
                {c.name}
              </Anchor>
            </Table.Td>
            <Table.Td ff="monospace">{c.idNumber}</Table.Td>
            <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
