import { useEffect, useState } from 'react';
import type { IntegrityStatus } from '../../core/integrity';
import { call, subscribe } from './api';
import { useDataVersion } from './useDataChanged';

/**
 * The history chain's integrity as the backend last reported it: asked once (and again
 * when the data changes, a restore among them), then kept up by history.status events
 * as verifications start, progress and end.
 */
export function useIntegrity(): IntegrityStatus | null {
  const [status, setStatus] = useState<IntegrityStatus | null>(null);
  const version = useDataVersion();
  useEffect(() => subscribe('history.status', setStatus), []);
  useEffect(() => {
    let current = true;
    void call('history.status', {}).then((r) => {
      if (current && r.ok) setStatus(r.value);
    });
    return () => {
      current = false;
    };
  }, [version]);
  return status;
}
