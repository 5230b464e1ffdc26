/**
 * "Open with the system's app" (desktop). The backend opens only document types it lists;
 * a file it refuses comes back as `needs_override` on `reveal`, and the user may then,
 * after the warning, have it shown in its folder instead.
 */
import { useState } from 'react';
import type { ApiError } from '../../../api/contract';
import type { CaseFile } from '../../../core/types';
import { call } from '../../lib/api';

export type OpenState =
  | { step: 'idle' }
  | { step: 'busy' }
  /** Refused: `message` says what the file is and why; showing it in its folder needs a yes. */
  | { step: 'refused'; message: string; busy?: boolean }
  | { step: 'opened'; notice: string | null }
  | { step: 'shown' }
  | { step: 'failed'; error: ApiError };

export function useOpenWithSystem(file: CaseFile | null) {
  const [state, setState] = useState<{ id: number; open: OpenState } | null>(null);
  // A state belongs to the file it was reached for; another file starts afresh.
  const current: OpenState = state && file && state.id === file.id ? state.open : { step: 'idle' };

  const run = async (reveal: boolean) => {
    if (!file) return;
    const set = (open: OpenState) => setState({ id: file.id, open });
    // Revealing keeps the warning on screen until the folder is shown.
    set(current.step === 'refused' ? { ...current, busy: true } : { step: 'busy' });
    const result = await call('files.open', { id: file.id, reveal });
    if (result.ok)
      set(
        result.value.opened === 'folder'
          ? { step: 'shown' }
          : { step: 'opened', notice: result.value.notice },
      );
    else if (result.error.code === 'needs_override' && result.error.field === 'reveal')
      set({ step: 'refused', message: result.error.message });
    else set({ step: 'failed', error: result.error });
  };

  return {
    state: current,
    open: () => run(false),
    reveal: () => run(true),
    reset: () => setState(null),
  };
}
