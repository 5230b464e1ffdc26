import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardLists } from '../../../core/types';
import { DueList } from './DueList';

/** What needs doing: overdue first, then today, this week, and who becomes eligible soon. */
export function DueLists({ lists }: { lists: DashboardLists }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <DueList
        title={t('due.overdue')}
        empty={t('due.emptyOverdue')}
        items={lists.overdue}
        urgent
      />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <DueList title={t('due.dueToday')} empty={t('due.emptyDueToday')} items={lists.dueToday} />
        <DueList title={t('due.dueSoon')} empty={t('due.emptyDueSoon')} items={lists.dueSoon} />
        <DueList
          title={t('due.eligible30')}
          empty={t('due.emptyEligible30')}
          items={lists.eligible30}
        />
        <DueList
          title={t('due.eligible90')}
          empty={t('due.emptyEligible90')}
          items={lists.eligible90}
        />
      </SimpleGrid>
    </Stack>
  );
}
