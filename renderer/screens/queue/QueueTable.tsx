import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGIMES } from '../../../core/regimes';
import type { QueueItem } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { StageBadge } from '../../components/StageBadge';
import { daysLeftText } from './daysLeftText';
import { LogEventButton } from './LogEventButton';
import { clientNameOf } from '../../lib/clientName';

const STATUS_COLOR = {
  overdue: 'red.8',
  dueToday: 'orange.8',
  upcoming: 'dimmed',
  stopped: 'blue.8',
} as const;

/** One row per open application, by its next authority deadline; overdue rows are red. */
export function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queue.client')}</Table.Th>
            <Table.Th>{t('queue.deadline')}</Table.Th>
            <Table.Th>{t('queue.date')}</Table.Th>
            <Table.Th>{t('queue.daysLeft')}</Table.Th>
            <Table.Th>{t('queue.regime')}</Table.Th>
            <Table.Th>{t('queue.authority')}</Table.Th>
            <Table.Th>{t('queue.stage')}</Table.Th>
            <Table.Th className="xiufu-no-print">{t('queue.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const overdue = item.status === 'overdue';
            const red = overdue ? 'red.8' : undefined;
            return (
              <Table.Tr
                key={item.caseId}
                bg={overdue ? 'red.0' : undefined}
                data-status={item.status}
                style={
                  overdue ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' } : undefined
                }
              >
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${item.caseId}`} c={red} fw={500}>
                    {clientNameOf(item.clientName, t)}
                  </Anchor>
                </Table.Td>
                <Table.Td c={red} style={{ whiteSpace: 'nowrap' }}>
                  {item.status === 'stopped'
                    ? t('queue.awaitingMaterial')
                    : t(`dateKind.${item.kind}`)}
                </Table.Td>
                <Table.Td ff="monospace" fw={600} c={red} style={{ whiteSpace: 'nowrap' }}>
                  {item.date}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={overdue ? 700 : 500} c={STATUS_COLOR[item.status]}>
                    {daysLeftText(item, t)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{REGIMES[item.regimeId]?.name[lang] ?? item.regimeId}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.authority}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StageBadge stage={item.stage} size="md" />
                </Table.Td>
                <Table.Td className="xiufu-no-print">
                  <LogEventButton
                    caseId={item.caseId}
                    clientName={clientNameOf(item.clientName, t)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
