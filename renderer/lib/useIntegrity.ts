import { useEffect, useState } from 'react';
import type { IntegrityStatus } from '../../core/integrity';
import { call, onEventsOpen, subscribe } from './api';
import { useDataVersion } from './useDataChanged';

/**
 * The history chain's integrity as the backend last reported it: asked once (and again
 * when the data changes, a restore among them), then kept up by history.status events
 * as verifications start, progress and end. Asked again whenever the event stream
 * (re)connects: a verification that ended while it was connecting sent its end unheard.
 */
export function useIntegrity(): IntegrityStatus | null {
  const [status, setStatus] = useState<IntegrityStatus | null>(null);
  const version = useDataVersion();
  const [opened, setOpened] = useState(0);
  useEffect(() => subscribe('history.status', setStatus), []);
  useEffect(() => onEventsOpen(() => setOpened((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    void call('history.status', {}).then((r) => {
      if (current && r.ok) setStatus(r.value);
    });
    return () => {
      current = false;
    };
  }, [version, opened]);
  return status;
}
