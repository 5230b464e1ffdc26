import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../core/types';

export function ClientContacts({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Text c="dimmed">{t('clients.noContacts')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clientForm.contactName')}</Table.Th>
          <Table.Th>{t('clientForm.role')}</Table.Th>
          <Table.Th>{t('clientForm.phone')}</Table.Th>
          <Table.Th>{t('clientForm.email')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((c, i) => (
          <Table.Tr key={i}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>{c.role}</Table.Td>
            <Table.Td>{c.phone}</Table.Td>
            <Table.Td>{c.email}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
