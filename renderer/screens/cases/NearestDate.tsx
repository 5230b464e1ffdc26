import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { listingLabel } from '../../../core/listing-label';
import type { CaseDetail } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { daysLeftText } from '../queue/daysLeftText';

const COLOR = { overdue: 'red.8', dueToday: 'orange.9', upcoming: undefined } as const;

/**
 * The case's nearest date as the backend counted it (cases.get `nearest`): what it is,
 * the date, and the days left or overdue, phrased as the reviewer queue phrases them.
 */
export function NearestDate({ detail }: { detail: Pick<CaseDetail, 'nearest' | 'listings'> }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const { nearest } = detail;
  if (!nearest) return <Text c="dimmed">{t('casePage.noNearest')}</Text>;
  const color = COLOR[nearest.status];
  const listing = detail.listings.find((l) => l.id === nearest.listingId);
  const live = detail.listings.filter((l) => l.archivedAt === null);
  return (
    <Stack gap={2}>
      <Text fw={600}>{t(`dateKind.${nearest.kind}`)}</Text>
      <Group gap="xs" align="baseline">
        <Text ff="monospace" fw={700} size="lg" c={color}>
          {nearest.date}
        </Text>
        <Text size="sm" fw={600} c={color ?? 'dimmed'}>
          {daysLeftText(nearest, t)}
        </Text>
      </Group>
      {/* With several listings, say whose date it is. */}
      {listing && live.length > 1 && (
        <Text size="xs" c="dimmed">
          {listingLabel(listing, lang)}
        </Text>
      )}
    </Stack>
  );
}
