import { Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApiValue } from '../../lib/useApiValue';
import { useIdParam } from '../../lib/useIdParam';
import { ClientForm } from './ClientForm';

export function EditClientScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useIdParam();
  const client = useApiValue('clients.get', { id });
  return (
    <Stack gap="md">
      <ScreenHeader title={t('clients.editTitle')} />
      <ErrorAlert error={client.error} />
      {!client.value && client.loading && <Loader aria-label={t('app.loading')} />}
      {client.value && (
        <Paper withBorder p="lg" radius="md" maw={760}>
          {/* Keyed by id: the form takes its defaults once, from the client it opened with. */}
          <ClientForm
            key={client.value.id}
            client={client.value}
            onSaved={(saved) => void navigate(`/clients/${saved.id}`)}
            onCancel={() => void navigate(-1)}
          />
        </Paper>
      )}
    </Stack>
  );
}
