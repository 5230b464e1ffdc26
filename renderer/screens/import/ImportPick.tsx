import { useState } from 'react';
import { Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { ImportOpened } from '../../../core/import/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { sendFile } from '../../lib/upload';

/** Picks the files, sends them through the upload channels, and has the backend read them. */
export function ImportPick({ onOpened }: { onOpened: (opened: ImportOpened) => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const total = files.reduce((n, f) => n + f.size, 0);

  const read = async () => {
    setBusy(true);
    setError(null);
    const uploadIds: string[] = [];
    let before = 0;
    try {
      for (const file of files) {
        const r = await sendFile(file, (n) => setSent(before + n), new AbortController().signal);
        if (!r.ok) return setError(r.cancelled ? null : r.error);
        uploadIds.push(r.uploadId);
        before += file.size;
      }
      const opened = await call('import.open', { uploadIds });
      if (!opened.ok) return setError(opened.error);
      onOpened(opened.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <FileInput
        label={t('imports.pickLabel')}
        placeholder={t('imports.pickPlaceholder')}
        multiple
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={files}
        onChange={setFiles}
        clearable
      />
      <Group>
        <Button onClick={() => void read()} disabled={files.length === 0} loading={busy}>
          {t('imports.read')}
        </Button>
      </Group>
      {busy && (
        <Stack gap={4} role="status">
          <Text size="sm">{t('imports.reading')}</Text>
          <Progress
            value={total > 0 ? (sent / total) * 100 : 0}
            aria-label={t('imports.reading')}
          />
        </Stack>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}
