import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REGIMES } from '../../../core/regimes';
import type { CaseDate, Notice } from '../../../core/rules';
import type { Listing } from '../../../core/types';
import { useLanguage } from '../../i18n/LanguageProvider';
import { CaseDateItem } from './CaseDateItem';

interface Props {
  listing: Listing;
  dates: CaseDate[];
  ruleVersionId: string | null;
  /** Where the regime counts no waiting period: why no date, the rule, what to do. */
  remedy?: Notice;
}

/** The dates of one listing, under its regime and decision number. */
export function ListingDates({ listing, dates, ruleVersionId, remedy }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const regime = REGIMES[listing.regimeId]?.name[lang] ?? listing.regimeId;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} size="h5">
          {listing.decisionNo
            ? t('timeline.listingHeading', { regime, decisionNo: listing.decisionNo })
            : regime}
        </Title>
        {ruleVersionId && (
          <Text size="xs" c="dimmed" ff="monospace">
            {t('timeline.ruleVersion', { id: ruleVersionId })}
          </Text>
        )}
      </Group>
      {remedy && (
        <Alert
          color="blue"
          variant="light"
          p="xs"
          mb={dates.length ? 'xs' : 0}
          icon={<IconInfoCircle size={18} aria-hidden />}
        >
          <Text size="sm">{remedy.text[lang]}</Text>
        </Alert>
      )}
      {dates.length === 0 && !remedy && (
        <Text c="dimmed" size="sm">
          {t('timeline.noDates')}
        </Text>
      )}
      {dates.length > 0 && (
        <Stack gap={0}>
          {dates.map((d) => (
            <CaseDateItem key={`${d.kind}:${d.listingId}`} date={d} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
