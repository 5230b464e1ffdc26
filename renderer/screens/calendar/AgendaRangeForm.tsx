import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../core/agenda';
import { agendaFilter } from '../../../core/schemas';
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
    <TextInput
      label={t(`agendaRange.${name}`)}
      placeholder={t('listing.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      w={150}
      {...form.register(name, {
        // A changed start re-checks the end, so "ends before it starts" follows both fields.
        deps: name === 'from' ? ['to'] : [],
      })}
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
