import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ClientForm } from './ClientForm';

export function NewClientScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <ScreenHeader title={t('clients.newTitle')} />
      <Paper withBorder p="lg" radius="md" maw={760}>
        <ClientForm
          onSaved={(client) => void navigate(`/clients/${client.id}`)}
          onCancel={() => void navigate(-1)}
        />
      </Paper>
    </Stack>
  );
}
