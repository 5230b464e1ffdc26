import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ArchiveExportButton } from '../../components/ArchiveExportButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { call, subscribe } from '../../lib/api';
import { useArchiveExport, type ArchiveChannels } from '../../lib/useArchiveExport';

/** Every bundle export's events (one at a time per dialog; the hook matches the job id). */
const listen: ArchiveChannels['listen'] = (progress, done) => {
  const offProgress = subscribe('bundle.progress', progress);
  const offDone = subscribe('bundle.done', done);
  return () => {
    offProgress();
    offDone();
  };
};

/** The export inside the dialog: made in the background with progress and Cancel, then downloaded. */
function ExportBundle({ caseIds, label }: { caseIds: number[]; label: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const channels: ArchiveChannels = {
    start: () => call('bundles.exportStart', { caseIds }),
    read: (jobId) => call('bundles.exportRead', { jobId }),
    cancel: (jobId) => call('bundles.exportCancel', { jobId }),
    listen,
    mime: 'application/octet-stream',
  };
  const { job, start, cancel } = useArchiveExport(channels, setError);
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light">
        {t('bundle.plainNote')}
      </Alert>
      <ErrorAlert error={error} />
      <ArchiveExportButton
        job={job}
        variant="filled"
        label={label}
        progressLabel={(done, total) => t('bundle.progress', { done, total })}
        savedText={(filename) => t('bundle.saved', { filename })}
        onStart={() => void start()}
        onCancel={() => void cancel()}
      />
    </Stack>
  );
}

/**
 * "Export bundle" / "Export N cases as bundle": a dialog that says the bundle is a plain
 * file before it is made, then makes it and saves it as a download.
 */
export function ExportBundleButton({
  caseIds,
  label,
  variant = 'default',
}: {
  caseIds: number[];
  label: string;
  variant?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconPackageExport size={16} aria-hidden />}
        onClick={() => setOpen(true)}
        disabled={caseIds.length === 0}
      >
        {label}
      </Button>
      <FormModal opened={open} onClose={() => setOpen(false)} title={label} centered>
        <Stack gap="md">
          <ExportBundle caseIds={caseIds} label={label} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('bundle.close')}
            </Button>
          </Group>
        </Stack>
      </FormModal>
    </>
  );
}
