import { useEffect, useState } from 'react';
import { Select } from '@mantine/core';
import { call } from '../lib/api';
import { requiredLabel } from '../lib/requiredLabel';
import { useDebouncedSearch } from '../lib/useDebounced';
import { usePagedList } from '../lib/usePagedList';

/** The lists a picker searches, and the channel that reads one of their rows by id. */
const READ = { 'clients.list': 'clients.get', 'cases.list': 'cases.get' } as const;
type Searched = keyof typeof READ;
type Row = { id: number };

export interface SearchSelectProps<T extends Row> {
  channel: Searched;
  label: string;
  required?: boolean;
  placeholder?: string;
  nothingFound: string;
  /** How a row is named in the list and once chosen. */
  labelOf: (row: T) => string;
  value: number | undefined;
  onChange: (id: number | undefined, row: T | null) => void;
  onBlur?: () => void;
  error?: string | undefined;
  maw?: number;
  /** A fixed width (in a row of filters); else it takes the room it is given. */
  w?: number;
  /**
   * Offered when the typed text matches nothing: Enter calls it with the text (and the
   * "nothing found" message says so), instead of submitting the form around the picker.
   */
  create?: { hint: (text: string) => string; onCreate: (text: string) => void };
}

/**
 * Chooses one client or case: a searchable select that asks the backend as the user types
 * (there may be thousands); a value given from outside (e.g. ?client=12) is read for its
 * name.
 */
export function SearchSelect<T extends Row>({
  channel,
  label,
  required = false,
  placeholder,
  nothingFound,
  labelOf,
  value,
  onChange,
  onBlur,
  error,
  maw = 520,
  w,
  create,
}: SearchSelectProps<T>) {
  const [text, setText] = useState('');
  const search = useDebouncedSearch(text);
  const [chosen, setChosen] = useState<T | null>(null);
  const list = usePagedList(channel, { search, limit: 30 });
  const items = list.items as unknown as T[];

  useEffect(() => {
    if (value === undefined || chosen?.id === value) return;
    let current = true;
    void call(READ[channel], { id: value }).then((r) => {
      if (current && r.ok) setChosen(r.value as unknown as T);
    });
    return () => {
      current = false;
    };
  }, [channel, value, chosen]);

  const options = items.map((row) => ({ value: String(row.id), label: labelOf(row) }));
  if (chosen && !items.some((row) => row.id === chosen.id)) {
    options.unshift({ value: String(chosen.id), label: labelOf(chosen) });
  }

  const typed = text.trim();
  const noMatch = typed !== '' && !list.loading && search === typed && options.length === 0;

  return (
    <Select
      {...requiredLabel(label, required)}
      placeholder={placeholder}
      searchable
      clearable
      data={options}
      value={value === undefined ? null : String(value)}
      searchValue={text}
      // Mantine empties the text on leaving (and on Enter, through the form's submit) when
      // nothing is chosen: what the user typed stays, to be corrected or created.
      onSearchChange={(v) => {
        if (v === '' && value === undefined) return;
        setText(v);
      }}
      onInput={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !noMatch) return;
        // Not the form's submit: with nothing chosen it would only say "required".
        e.preventDefault();
        create?.onCreate(typed);
      }}
      // The backend already filtered by the typed text; do not filter again by label.
      filter={({ options: all }) => all}
      onChange={(v) => {
        const id = v ? Number(v) : undefined;
        const row = items.find((r) => r.id === id) ?? (chosen?.id === id ? chosen : null);
        setChosen(row);
        if (id === undefined) setText('');
        onChange(id, row);
      }}
      onBlur={onBlur}
      nothingFoundMessage={
        noMatch && create ? `${nothingFound} ${create.hint(typed)}` : nothingFound
      }
      error={error}
      style={w === undefined ? { flex: 1 } : undefined}
      maw={maw}
      w={w}
    />
  );
}
