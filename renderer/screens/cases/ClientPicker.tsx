import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { Button, Group, Modal, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../core/types';
import { call } from '../../lib/api';
import { useDebouncedSearch } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { ClientForm } from '../clients/ClientForm';
import { requiredLabel } from '../../lib/requiredLabel';
import { clientNameOf } from '../../lib/clientName';

interface Props {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  onBlur?: () => void;
  error?: string;
}

const label = (c: Pick<Client, 'name' | 'idNumber'>, t: TFunction) =>
  c.idNumber ? `${clientNameOf(c.name, t)} (${c.idNumber})` : clientNameOf(c.name, t);

/**
 * Chooses the case's client: a searchable select that asks the backend as the user
 * types (there may be thousands), or a new client made on the spot.
 */
export function ClientPicker({ value, onChange, onBlur, error }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedSearch(text);
  const [chosen, setChosen] = useState<Client | null>(null);
  const [creating, setCreating] = useState(false);
  const list = usePagedList('clients.list', { search, limit: 30 });

  // A client given from outside (e.g. ?client=12) still needs its name for the label.
  useEffect(() => {
    if (value === undefined || chosen?.id === value) return;
    let current = true;
    void call('clients.get', { id: value }).then((r) => {
      if (current && r.ok) setChosen(r.value);
    });
    return () => {
      current = false;
    };
  }, [value, chosen]);

  const options = list.items.map((c) => ({ value: String(c.id), label: label(c, t) }));
  if (chosen && !list.items.some((c) => c.id === chosen.id)) {
    options.unshift({ value: String(chosen.id), label: label(chosen, t) });
  }

  return (
    <>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Select
          {...requiredLabel(t('newCase.client'))}
          placeholder={t('newCase.clientPlaceholder')}
          searchable
          clearable
          data={options}
          value={value === undefined ? null : String(value)}
          onSearchChange={setText}
          // The backend already filtered by the typed text; do not filter again by label.
          filter={({ options: all }) => all}
          onChange={(v) => {
            const id = v ? Number(v) : undefined;
            setChosen(list.items.find((c) => c.id === id) ?? (chosen?.id === id ? chosen : null));
            onChange(id);
          }}
          onBlur={onBlur}
          nothingFoundMessage={t('newCase.noClientFound')}
          error={error}
          style={{ flex: 1 }}
          maw={520}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating(true)}
          mt={25}
        >
          {t('common.newClient')}
        </Button>
      </Group>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('clients.newTitle')}
        size="lg"
      >
        <ClientForm
          onSaved={(client) => {
            setChosen(client);
            onChange(client.id);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
}
