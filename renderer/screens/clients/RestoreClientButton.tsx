import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { call } from '../../lib/api';

interface Props extends ButtonProps {
  clientId: number;
  clientName: string;
  onRestored?: () => void;
  onError: (error: ApiError | null) => void;
}

/** Restores an archived client (its cases keep their own archived or active state). */
export function RestoreClientButton({
  clientId,
  clientName,
  onRestored,
  onError,
  ...buttonProps
}: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    onError(null);
    const result = await call('clients.restore', { id: clientId });
    setBusy(false);
    if (result.ok) onRestored?.();
    else onError(result.error);
  };
  return (
    <Button
      leftSection={<IconRestore size={16} aria-hidden />}
      loading={busy}
      aria-label={t('restore.clientLabel', { name: clientName })}
      onClick={() => void restore()}
      {...buttonProps}
    >
      {t('restore.button')}
    </Button>
  );
}
