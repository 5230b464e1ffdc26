import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { Client } from '../../../core/types';
import { call } from '../../lib/api';

interface Props {
  client: Pick<Client, 'id' | 'kind' | 'idNumber'>;
  onError: (error: ApiError | null) => void;
}

/**
 * A client's identifier: a person's ID-card number arrives masked and is revealed on
 * request (the backend logs each reveal); a company's credit code is shown as it is.
 */
export function IdNumberReveal({ client, onError }: Props) {
  const { t } = useTranslation();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const number = (
    <Text span ff="monospace" size="sm">
      {full ?? client.idNumber}
    </Text>
  );
  if (client.kind !== 'person') return number;

  const reveal = async () => {
    setBusy(true);
    const result = await call('clients.reveal', { id: client.id, purpose: 'view' });
    setBusy(false);
    onError(result.ok ? null : result.error);
    if (result.ok) setFull(result.value.idNumber);
  };

  return (
    <Group gap="xs">
      {number}
      {full === null ? (
        <Button
          size="compact-xs"
          variant="light"
          loading={busy}
          onClick={() => void reveal()}
          aria-label={t('personal.revealLabel')}
        >
          {t('personal.reveal')}
        </Button>
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => setFull(null)}>
          {t('personal.hide')}
        </Button>
      )}
    </Group>
  );
}
