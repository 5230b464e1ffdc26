import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { PacketRecord } from '../../../core/types';
import { call } from '../../lib/api';
import { base64Blob, saveBlob } from '../../lib/bytes';

/** Reads a stored packet (verified against its SHA-256 by the backend) and saves it. */
export function PacketDownloadButton({
  packet,
  onError,
}: {
  packet: PacketRecord;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onError(null);
    const result = await call('packets.read', { id: packet.id });
    setBusy(false);
    if (result.ok) saveBlob(packet.filename, base64Blob(result.value.data, 'application/pdf'));
    else onError(result.error);
  };
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={busy}
      aria-label={t('packets.downloadLabel', { filename: packet.filename })}
      onClick={() => void download()}
    >
      {t('packets.download')}
    </Button>
  );
}
