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
import {
  Controller,
  useWatch,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { LISTING_DATE_FIELDS } from '../../../core/listing-dates';
import { REGIME_IDS, REGIMES, type RegimeId } from '../../../core/regimes';
import { DateField } from '../../components/DateField';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';

interface Props<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** Where the listing's fields sit in the form: `listings.0`, `listing`, or '' at the top. */
  path: string;
  legend: string;
  /** Shows a remove button (a listing of a form that holds several). */
  onRemove?: () => void;
}

/**
 * One listing's fields, wherever a form holds a listing (a new case, a listing added to a
 * case, a listing corrected). The regime decides which date is required (its trigger);
 * the dates are checked against each other by the shared listing schema.
 */
export function ListingFieldset<T extends FieldValues, O>({
  form,
  path,
  legend,
  onRemove,
}: Props<T, O>) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const errorOf = useFieldError(form.formState, form.getValues);
  const name = (field: string) => (path ? `${path}.${field}` : field) as FieldPath<T>;
  const regimeId = useWatch({ control: form.control, name: name('regimeId') }) as RegimeId | '';
  const trigger = regimeId ? REGIMES[regimeId]?.trigger : undefined;
  const regimes = REGIME_IDS.map((id) => ({ value: id, label: REGIMES[id].name[lang] }));

  /**
   * The order rule (decision ≤ listing ≤ publication) puts its message at the later of two
   * dates, so a change to one date re-checks the others that are filled in. They are
   * marked touched too: a message on a date the user has not typed in (a listing being
   * corrected) would otherwise stay hidden, or stale once the pair is in order again.
   */
  const recheckOtherDates = (changed: string) => {
    for (const field of LISTING_DATE_FIELDS) {
      const other = name(field);
      const value = form.getValues(other);
      if (field === changed || !value) continue;
      form.setValue(other, value, { shouldTouch: true, shouldValidate: true });
    }
  };

  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={form.control}
          name={name('regimeId')}
          render={({ field }) => (
            <Select
              {...requiredLabel(t('listing.regime'))}
              data={regimes}
              value={(field.value as string) || null}
              onChange={(v) => {
                field.onChange(v ?? '');
                // The required date moves with the regime: re-check dates already judged.
                if (form.formState.isSubmitted)
                  void form.trigger(LISTING_DATE_FIELDS.map((f) => name(f)));
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
        {LISTING_DATE_FIELDS.map((field) => {
          // The decision date is always required; the regime's trigger date too.
          const required = field === 'decisionDate' || field === trigger;
          return (
            <DateField
              key={field}
              {...requiredLabel(t(`listing.${field}`), required)}
              control={form.control}
              name={name(field)}
              optional={!required}
              onValueChange={() => recheckOtherDates(field)}
              error={errorOf(name(field))}
            />
          );
        })}
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
        {onRemove && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            leftSection={<IconTrash size={14} />}
            onClick={onRemove}
          >
            {t('newCase.removeListing')}
          </Button>
        )}
      </Group>
    </Fieldset>
  );
}
