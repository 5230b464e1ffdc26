import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../core/agenda';
import { agendaFilter } from '../../../core/schemas';
import { DateField } from '../../components/DateField';
import { useApiForm } from '../../lib/useApiForm';

interface Props {
  /** The range shown now (the backend's default until one is chosen). */
  value: DateRange;
  /** A range to show; an empty object asks for the default range. */
  onApply: (range: Partial<DateRange>) => void;
}

/** The agenda's date range, checked with the backend's own schema as the user types. */
export function AgendaRangeForm({ value, onApply }: Props) {
  const { t } = useTranslation();
  const { form, errorOf, handleSubmit } = useApiForm(agendaFilter, {
    from: value.from,
    to: value.to,
  });
  const apply = handleSubmit((v) => onApply({ from: v.from, to: v.to }));
  const field = (name: 'from' | 'to') => (
    <DateField
      label={t(`agendaRange.${name}`)}
      control={form.control}
      name={name}
      w={160}
      // A changed start re-checks the end, so "ends before it starts" follows both fields.
      deps={name === 'from' ? ['to'] : undefined}
      error={errorOf(name)}
    />
  );
  return (
    <form onSubmit={(e) => void apply(e)} noValidate aria-label={t('agendaRange.legend')}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        {field('from')}
        {field('to')}
        <Button type="submit" variant="light" mt={25}>
          {t('agendaRange.show')}
        </Button>
        <Button variant="subtle" mt={25} onClick={() => onApply({})}>
          {t('agendaRange.reset')}
        </Button>
      </Group>
    </form>
  );
}
