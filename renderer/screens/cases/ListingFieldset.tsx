import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { REGIME_IDS, REGIMES, type RegimeId, type TriggerField } from '../../../core/regimes';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFieldError } from '../../lib/formErrors';
import type { CaseOutput, CaseValues } from './caseForm';
import { requiredLabel } from '../../lib/requiredLabel';

interface Props {
  form: UseFormReturn<CaseValues, unknown, CaseOutput>;
  index: number;
  onRemove: () => void;
}

const DATE_FIELDS: TriggerField[] = ['decisionDate', 'listingDate', 'publicationDate'];

/** One listing of a new case; the regime decides which date is required (its trigger). */
export function ListingFieldset({ form, index, onRemove }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const errorOf = useFieldError(form.formState);
  const name = <F extends string>(field: F) => `listings.${index}.${field}` as const;
  const regimeId = useWatch({ control: form.control, name: name('regimeId') }) as RegimeId | '';
  const trigger = regimeId ? REGIMES[regimeId]?.trigger : undefined;
  const regimes = REGIME_IDS.map((id) => ({ value: id, label: REGIMES[id].name[lang] }));

  return (
    <Fieldset legend={t('newCase.listingLegend', { n: index + 1 })}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={form.control}
          name={name('regimeId')}
          render={({ field }) => (
            <Select
              {...requiredLabel(t('listing.regime'))}
              data={regimes}
              value={field.value || null}
              onChange={(v) => {
                field.onChange(v ?? '');
                // The required date moves with the regime: re-check dates already judged.
                if (form.formState.isSubmitted) void form.trigger(DATE_FIELDS.map((f) => name(f)));
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errorOf(name('regimeId'))}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <TextInput
          {...requiredLabel(t('listing.authority'))}
          {...form.register(name('authority'))}
          error={errorOf(name('authority'))}
        />
        <TextInput
          {...requiredLabel(t('listing.decisionNo'))}
          {...form.register(name('decisionNo'))}
          error={errorOf(name('decisionNo'))}
        />
        {DATE_FIELDS.map((field) => (
          <TextInput
            key={field}
            // The decision date is always required; the regime's trigger date too.
            {...requiredLabel(t(`listing.${field}`), field === 'decisionDate' || field === trigger)}
            placeholder={t('listing.datePlaceholder')}
            inputMode="numeric"
            autoComplete="off"
            {...form.register(name(field))}
            error={errorOf(name(field))}
          />
        ))}
        <TextInput
          label={t('listing.penaltyAmount')}
          inputMode="decimal"
          {...form.register(name('penaltyAmount'))}
          error={errorOf(name('penaltyAmount'))}
        />
      </SimpleGrid>
      <Textarea
        label={t('listing.reason')}
        autosize
        minRows={2}
        mt="sm"
        {...form.register(name('reason'))}
        error={errorOf(name('reason'))}
      />
      <Group justify="space-between" mt="sm">
        <Checkbox label={t('listing.penaltyPaid')} {...form.register(name('penaltyPaid'))} />
        <Button
          variant="subtle"
          color="red"
          size="xs"
          leftSection={<IconTrash size={14} />}
          onClick={onRemove}
        >
          {t('newCase.removeListing')}
        </Button>
      </Group>
    </Fieldset>
  );
}
