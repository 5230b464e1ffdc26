import { useState } from 'react';
import type { BackupSummary } from '../../../core/backups';
import { call } from '../../lib/api';
import type { BackupJobApi } from './useBackupJob';

/**
 * Verify and restore, shared by Settings › Backups and the recovery screen: Restore first
 * opens the comparison (`chosen`); only its confirmation starts the job.
 */
export function useRestoreChoice(job: BackupJobApi) {
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const ref = (b: BackupSummary) => ({ id: b.id, location: b.location });
  return {
    chosen,
    choose: setChosen,
    close: () => setChosen(null),
    verify: (b: BackupSummary) => void job.start('verify', () => call('backups.verify', ref(b))),
    confirm: (b: BackupSummary) => {
      setChosen(null);
      void job.start('restore', () => call('backups.restore', ref(b)));
    },
  };
}
