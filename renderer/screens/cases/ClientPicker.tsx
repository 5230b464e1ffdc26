import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Button, Group, Modal } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../core/types';
import { SearchSelect } from '../../components/SearchSelect';
import { ClientForm } from '../clients/ClientForm';
import { clientNameOf } from '../../lib/clientName';

interface Props {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** A client as the picker lists it; an erased one reads "Erased client", with no number. */
const clientOption = (c: Pick<Client, 'name' | 'idNumber'>, t: TFunction) =>
  c.idNumber ? `${clientNameOf(c.name, t)} (${c.idNumber})` : clientNameOf(c.name, t);

/**
 * Chooses the case's client: a searchable select that asks the backend as the user
 * types (there may be thousands), or a new client made on the spot.
 */
export function ClientPicker({ value, onChange, onBlur, error }: Props) {
  const { t } = useTranslation();
  // The new client's dialog, open with the name typed into the picker (or none).
  const [creating, setCreating] = useState<{ name: string } | null>(null);
  // A client made here is chosen at once; the select reads its name by id.
  return (
    <>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <SearchSelect<Client>
          channel="clients.list"
          label={t('newCase.client')}
          required
          placeholder={t('newCase.clientPlaceholder')}
          nothingFound={t('newCase.noClientFound')}
          labelOf={(c) => clientOption(c, t)}
          value={value}
          onChange={(id) => onChange(id)}
          onBlur={onBlur}
          error={error}
          create={{
            hint: (name) => t('forms.createClientHint', { name }),
            onCreate: (name) => setCreating({ name }),
          }}
        />
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating({ name: '' })}
          mt={25}
        >
          {t('common.newClient')}
        </Button>
      </Group>
      <Modal
        opened={creating !== null}
        onClose={() => setCreating(null)}
        title={t('clients.newTitle')}
        size="lg"
      >
        {creating && (
          <ClientForm
            name={creating.name}
            onSaved={(client) => {
              onChange(client.id);
              setCreating(null);
            }}
            onCancel={() => setCreating(null)}
          />
        )}
      </Modal>
    </>
  );
}
