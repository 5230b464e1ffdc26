import { useState } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';

interface Props extends ButtonProps {
  caseId: number;
  clientName: string;
  onRestored?: () => void;
}

/**
 * Restores an archived case. When its client is archived too, the backend refuses and
 * says so (error.field = restoreClient); the dialog shows that message and offers to
 * restore both, so nothing comes back that the user did not see coming.
 */
export function RestoreCaseButton({ caseId, clientName, onRestored, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [clientArchived, setClientArchived] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const restore = async (restoreClient: boolean) => {
    setBusy(true);
    setError(null);
    const result = await call('cases.restore', { id: caseId, restoreClient });
    setBusy(false);
    if (result.ok) {
      setClientArchived(null);
      onRestored?.();
    } else if (result.error.field === 'restoreClient') {
      setClientArchived(result.error.message);
    } else {
      setError(result.error);
    }
  };
  const close = () => {
    setClientArchived(null);
    setError(null);
  };

  return (
    <>
      <Button
        leftSection={<IconRestore size={16} aria-hidden />}
        loading={busy && clientArchived === null}
        aria-label={t('restore.caseLabel', { name: clientName })}
        onClick={() => void restore(false)}
        {...buttonProps}
      >
        {t('restore.button')}
      </Button>
      <Modal
        opened={clientArchived !== null || error !== null}
        onClose={close}
        title={clientArchived !== null ? t('restore.bothTitle') : t('common.errorTitle')}
        centered
      >
        {clientArchived !== null && <Text mb="lg">{clientArchived}</Text>}
        <ErrorAlert error={error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          {clientArchived !== null && (
            <Button loading={busy} onClick={() => void restore(true)}>
              {t('restore.bothConfirm')}
            </Button>
          )}
        </Group>
      </Modal>
    </>
  );
}
