import { useState } from 'react';
import type { ApiError } from '../../../api/contract';
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
    /**
     * Starts the restore (with the backup's passphrase when it asks for one); the dialog
     * stays open on a refused passphrase, which comes back to be shown on its field.
     */
    confirm: async (b: BackupSummary, passphrase?: string): Promise<ApiError | null> => {
      let refused: ApiError | null = null;
      const input = passphrase === undefined ? ref(b) : { ...ref(b), passphrase };
      await job.start(
        'restore',
        () => call('backups.restore', input),
        (e) => {
          if (passphrase === undefined || e.field !== 'passphrase') return false;
          refused = e;
          return true;
        },
      );
      if (!refused) setChosen(null);
      return refused;
    },
  };
}
