import { useEffect, useRef, useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useMergedRef } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  useController,
  type Control,
  type FieldPath,
  type FieldValues,
  type PathValue,
} from 'react-hook-form';
import { isPlainDate } from '../../core/dates';
import { today } from '../../core/today';

type Passed = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'name' | 'valueFormat' | 'dateParser' | 'clearable'
>;

interface Props<T extends FieldValues> extends Passed {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's output type
  control: Control<T, any, any>;
  name: FieldPath<T>;
  /** An optional date gets a clear button; a required one is emptied by deleting the text. */
  optional?: boolean;
  /** Fields re-checked when this one changes (a range's end when its start moves). */
  deps?: FieldPath<T>[];
  /** Told of every change, typed or picked (after the form has it). */
  onValueChange?: (value: string) => void;
}

/** Accepts exactly what the form stores: a real date typed as YYYY-MM-DD (spaces around allowed). */
const parseTyped = (text: string): string | null => (isPlainDate(text.trim()) ? text.trim() : null);

/**
 * Every date of every form: a calendar to pick a day from, in the UI's language, and a text
 * box that still takes a typed YYYY-MM-DD. The form holds exactly the text shown, as a
 * string, so the shared zod schemas judge it (and say what is wrong with "2024-02-30")
 * as before: a picked day is written as its YYYY-MM-DD.
 */
export function DateField<T extends FieldValues>({
  control,
  name,
  optional = false,
  deps,
  onValueChange,
  ...props
}: Props<T>) {
  const { t, i18n } = useTranslation();
  const { field } = useController({ control, name, rules: deps ? { deps } : undefined });
  const text = typeof field.value === 'string' ? field.value : '';
  const picked = parseTyped(text);
  // The month the calendar shows: the date's, else this month; the arrows move it.
  const [month, setMonth] = useState(picked ?? today());
  const [shownFor, setShownFor] = useState(picked);
  if (picked !== shownFor) {
    setShownFor(picked);
    if (picked) setMonth(picked);
  }

  const set = (value: string) => {
    field.onChange(value as PathValue<T, FieldPath<T>>);
    onValueChange?.(value);
  };

  // The calendar opens on a click (not on focus: a dialog opening on its date field, or a
  // Tab through the form, would cover the fields below) and gets out of the way once the
  // user types, picks a day, clears, leaves or presses Escape.
  const [open, setOpen] = useState(false);

  // Mantine keeps the text box's content itself and rewrites it only for a real date. When
  // the form empties the field from outside (a reset, Clear) while it is not being typed
  // in, the box is mounted afresh so it shows what the form holds.
  const input = useRef<HTMLInputElement>(null);
  const ref = useMergedRef(field.ref, input);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const el = input.current;
    if (el && el !== document.activeElement && !picked && el.value !== text)
      setGeneration((g) => g + 1);
  }, [text, picked]);

  return (
    <DateInput
      key={generation}
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      spellCheck={false}
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...props}
      ref={ref}
      value={picked}
      valueFormat="YYYY-MM-DD"
      dateParser={parseTyped}
      // A text that is not (yet) a date stays as typed, for the schema to explain.
      fixOnBlur={false}
      clearable={optional}
      clearButtonProps={{ 'aria-label': t('forms.clearDate') }}
      monthLabelFormat={i18n.language === 'zh' ? 'YYYY年M月' : 'MMMM YYYY'}
      date={month}
      onDateChange={setMonth}
      onInput={(e) => {
        setOpen(false);
        set(e.currentTarget.value);
      }}
      onChange={(value) => {
        setOpen(false);
        set(value ?? '');
      }}
      onClick={(e) => {
        setOpen(true);
        props.onClick?.(e);
      }}
      // While the calendar is open, Escape closes it, not the dialog around the field.
      data-mantine-stop-propagation={open || undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
        props.onKeyDown?.(e);
      }}
      onBlur={(e) => {
        setOpen(false);
        field.onBlur();
        props.onBlur?.(e);
      }}
      popoverProps={{
        withinPortal: true,
        ...props.popoverProps,
        opened: open && !props.disabled && !props.readOnly,
        onClose: () => setOpen(false),
      }}
    />
  );
}
