import type { ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIMES } from '../../core/regimes';
import { fenToYuan } from '../../core/schemas';
import type { Listing } from '../../core/types';
import { useLanguage } from '../i18n/LanguageProvider';
import { FieldList } from './FieldList';

/** One listing as read-only facts, its regime named in the UI language; actions beside its title. */
export function ListingDetails({ listing, actions }: { listing: Listing; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const penalty =
    listing.penaltyFen === null ? '' : t('listing.yuan', { amount: fenToYuan(listing.penaltyFen) });
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h5">
          {REGIMES[listing.regimeId]?.name[lang] ?? listing.regimeId}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      <FieldList
        cols={3}
        items={[
          { label: t('listing.authority'), value: listing.authority },
          { label: t('listing.decisionNo'), value: listing.decisionNo },
          { label: t('listing.decisionDate'), value: listing.decisionDate },
          { label: t('listing.listingDate'), value: listing.listingDate },
          { label: t('listing.publicationDate'), value: listing.publicationDate },
          { label: t('listing.penalty'), value: penalty },
          {
            label: t('listing.penaltyPaid'),
            value: listing.penaltyPaid ? t('common.yes') : t('common.no'),
          },
          { label: t('listing.reason'), value: listing.reason },
        ]}
      />
    </Paper>
  );
}
