import { useEffect, useRef, useState } from 'react';
import type { IntegrityStatus } from '../../core/integrity';
import { call, onEventsOpen, subscribe } from './api';
import { useDataVersion } from './useDataChanged';

/**
 * The history chain's integrity as the backend last reported it: asked once (and again
 * when the data changes, a restore among them), then kept up by history.status events
 * as verifications start, progress and end. Asked again whenever the event stream
 * (re)connects: a verification that ended while it was connecting sent its end unheard.
 * An answer is dropped if an event came while it was on its way: the event is newer (a
 * start-up verification's verdict must not be overwritten by the "running" asked before).
 */
export function useIntegrity(): IntegrityStatus | null {
  const [status, setStatus] = useState<IntegrityStatus | null>(null);
  const version = useDataVersion();
  const [opened, setOpened] = useState(0);
  const heard = useRef(0);
  useEffect(
    () =>
      subscribe('history.status', (s) => {
        heard.current++;
        setStatus(s);
      }),
    [],
  );
  useEffect(() => onEventsOpen(() => setOpened((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    const asked = heard.current;
    void call('history.status', {}).then((r) => {
      if (current && r.ok && heard.current === asked) setStatus(r.value);
    });
    return () => {
      current = false;
    };
  }, [version, opened]);
  return status;
}
