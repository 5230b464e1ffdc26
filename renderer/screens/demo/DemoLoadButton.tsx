import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { demoCases } from '../../../core/demo';
import { today } from '../../../core/today';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

interface Props {
  onLoaded: (counts: { clients: number; cases: number }) => void;
}

/** "Load demo data", after a dialog that says what it adds and that it can be removed. */
export function DemoLoadButton({ onLoaded }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const count = demoCases(today()).length;

  const close = () => {
    setOpen(false);
    setError(null);
  };
  const load = async () => {
    setBusy(true);
    setError(null);
    const result = await call('demo.load', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onLoaded(result.value);
  };

  return (
    <>
      <Button
        variant="light"
        onClick={() => setOpen(true)}
        leftSection={<IconDatabaseImport size={16} />}
      >
        {t('dashboard.loadDemo')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('demo.loadTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('demo.close') }}
      >
        <Stack gap="md">
          <Text>
            {t('demo.loadText', {
              clients: t('counts.clients', { count }),
              cases: t('counts.cases', { count }),
            })}
          </Text>
          <Text>{t('demo.loadRemovable')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void load()}>
              {t('demo.loadConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
