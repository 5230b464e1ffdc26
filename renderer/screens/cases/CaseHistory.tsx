import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { instantDateTime } from '../../lib/dates';
import { actionText, changeText } from './historySummary';

/**
 * Every change to the case, its listings and client (or to a client and its listings):
 * when, who, what. Newest first. On a case page, `caseId` keeps the dates a listing's
 * correction moved to this case's.
 */
export function CaseHistory({ entries, caseId }: { entries: HistoryEntry[]; caseId?: number }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  if (entries.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  const newestFirst = [...entries].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id,
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={250}>{t('case.when')}</Table.Th>
            <Table.Th w={140}>{t('case.who')}</Table.Th>
            <Table.Th>{t('case.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((e) => {
            const changes = changeText(e, t, lang, caseId);
            return (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actor || t('case.unknownActor')}</Table.Td>
                <Table.Td>
                  <Text size="sm">{actionText(e, t, lang)}</Text>
                  {changes && (
                    <Text
                      size="xs"
                      c="dimmed"
                      // Moved dates come on a line of their own.
                      style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
                    >
                      {changes}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
