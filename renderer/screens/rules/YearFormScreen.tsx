import { Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApiValue } from '../../lib/useApiValue';
import type { SavedYear } from './RulesScreen';
import { YearForm } from './YearForm';

const asYear = (text: string | null | undefined) => {
  const n = Number(text);
  return text && Number.isInteger(n) ? n : undefined;
};

/**
 * #/rules/calendars/new?year=2027 adds a year; #/rules/calendars/2027 edits a year typed
 * in before (or starts one, when there is none yet).
 */
export function YearFormScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const year = asYear(useParams().year) ?? asYear(params.get('year'));
  const calendars = useApiValue('calendars.list', {});
  const saved = calendars.value?.user.find((y) => y.year === year);

  return (
    <Stack gap="md">
      <ScreenHeader
        title={saved ? t('yearForm.editTitle', { year: saved.year }) : t('yearForm.newTitle')}
      />
      <ErrorAlert error={calendars.error} />
      {!calendars.value && calendars.loading && <Loader aria-label={t('app.loading')} />}
      {calendars.value && (
        <Paper withBorder p="lg" radius="md" maw={900}>
          {/* Keyed: the form takes its defaults once, from the year it opened with. */}
          <YearForm
            key={saved ? `edit-${saved.year}` : `new-${year ?? ''}`}
            year={year}
            saved={saved}
            onCancel={() => void navigate('/rules')}
            onSaved={(result) => {
              const state: { saved: SavedYear } = {
                saved: { year: result.year, cases: result.changes.length },
              };
              void navigate('/rules', { state });
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
