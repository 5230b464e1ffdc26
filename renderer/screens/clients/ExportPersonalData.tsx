import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ArchiveExportButton } from '../../components/ArchiveExportButton';
import { call, subscribe } from '../../lib/api';
import { useArchiveExport, type ArchiveChannels } from '../../lib/useArchiveExport';

/**
 * "Export personal data": the archive is made in the background with progress, then saved
 * as a download like a packet.
 */
export function ExportPersonalData({
  clientId,
  onError,
}: {
  clientId: number;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const channels = useMemo<ArchiveChannels>(
    () => ({
      start: () => call('personal.exportStart', { id: clientId }),
      read: (jobId) => call('personal.exportRead', { jobId }),
      cancel: (jobId) => call('personal.exportCancel', { jobId }),
      listen: (progress, done) => {
        const offProgress = subscribe('personal.progress', (e) => {
          if (e.clientId === clientId) progress(e);
        });
        const offDone = subscribe('personal.done', (e) => {
          if (e.clientId === clientId) done(e);
        });
        return () => {
          offProgress();
          offDone();
        };
      },
      mime: 'application/zip',
    }),
    [clientId],
  );
  const { job, start, cancel } = useArchiveExport(channels, onError);
  return (
    <ArchiveExportButton
      job={job}
      label={t('personal.export.button')}
      progressLabel={(done, total) => t('personal.export.progress', { done, total })}
      savedText={(filename) => t('personal.export.saved', { filename })}
      onStart={() => void start()}
      onCancel={() => void cancel()}
    />
  );
}
