import { Alert, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useApiValue } from '../../lib/useApiValue';
import { CalendarsTable } from './CalendarsTable';
import { CatalogueView } from './CatalogueView';
import { officialRow, userRow } from './ruleFormat';

/** What the Add-a-year form leaves in the location state after a save. */
export interface SavedYear {
  year: number;
  cases: number;
}

/** The rule catalogue the dates come from, and the holiday calendars they are counted with. */
export function RulesScreen() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const catalogue = useApiValue('rules.catalogue', {});
  const calendars = useApiValue('calendars.list', {});
  const saved = (useLocation().state as { saved?: SavedYear } | null)?.saved;

  const cal = calendars.value;
  // Typed-in years first: they are the ones a user may need to correct.
  const rows = cal
    ? [
        ...[...cal.user].sort((a, b) => b.year - a.year).map(userRow),
        ...[...cal.official].sort((a, b) => b.year - a.year).map((y) => officialRow(y, lang)),
      ]
    : [];
  const nextYear = rows.length ? Math.max(...rows.map((r) => r.year)) + 1 : undefined;

  return (
    <Stack gap="md">
      <ScreenHeader title={t('rules.title')} />
      {saved && (
        <Alert color="teal" variant="light" role="status">
          {t('rules.saved', { year: saved.year, count: saved.cases })}
        </Alert>
      )}
      <Section
        title={t('rules.catalogue')}
        actions={
          catalogue.value && (
            <Text size="sm" c="dimmed">
              {t('rules.catalogueVersion', { version: catalogue.value.version })}
            </Text>
          )
        }
      >
        <ErrorAlert error={catalogue.error} />
        {!catalogue.value && catalogue.loading && <Loader aria-label={t('app.loading')} />}
        {catalogue.value && <CatalogueView catalogue={catalogue.value} />}
      </Section>
      <Section
        title={t('rules.calendars')}
        actions={
          <NavButton
            to={nextYear ? `/rules/calendars/new?year=${nextYear}` : '/rules/calendars/new'}
            leftSection={<IconPlus size={16} />}
            variant="light"
          >
            {t('rules.addYear')}
          </NavButton>
        }
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('rules.calendarsHint')}
        </Text>
        <ErrorAlert error={calendars.error} />
        {!cal && calendars.loading && <Loader aria-label={t('app.loading')} />}
        {cal && <CalendarsTable rows={rows} />}
      </Section>
    </Stack>
  );
}
