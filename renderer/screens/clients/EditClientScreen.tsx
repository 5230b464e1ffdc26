import { useEffect, useState } from 'react';
import { Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { useIdParam } from '../../lib/useIdParam';
import { ClientForm } from './ClientForm';

/**
 * The client arrives with a person's number masked; editing needs the full number, so the
 * form asks for it once when it opens (a reveal, logged like the one on the client page).
 */
function useFullIdNumber(id: number, needed: boolean | undefined) {
  const [full, setFull] = useState<{ id: number; idNumber: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    void call('clients.reveal', { id, purpose: 'edit' }).then((result) => {
      if (!current) return;
      if (result.ok) setFull({ id, idNumber: result.value.idNumber });
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [id, needed]);
  return { idNumber: full?.id === id ? full.idNumber : null, error };
}

export function EditClientScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useIdParam();
  const client = useApiValue('clients.get', { id });
  const person = client.value ? client.value.kind === 'person' : undefined;
  const full = useFullIdNumber(id, person);
  const ready = client.value && (!person || full.idNumber !== null);
  return (
    <Stack gap="md">
      <ScreenHeader title={t('clients.editTitle')} />
      <ErrorAlert error={client.error ?? full.error} />
      {!ready && !client.error && !full.error && <Loader aria-label={t('app.loading')} />}
      {ready && client.value && (
        <Paper withBorder p="lg" radius="md" maw={760}>
          {/* Keyed by id: the form takes its defaults once, from the client it opened with. */}
          <ClientForm
            key={client.value.id}
            client={{ ...client.value, idNumber: full.idNumber ?? client.value.idNumber }}
            onSaved={(saved) => void navigate(`/clients/${saved.id}`)}
            onCancel={() => void navigate(-1)}
          />
        </Paper>
      )}
    </Stack>
  );
}
