import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Channel, Input, Output } from '../../api/contract';
import { askOnce } from './early';
import { useDataVersion } from './useDataChanged';

interface Loaded<C extends Channel> {
  /** Which request (input and version) this answer belongs to. */
  key: string;
  value?: Output<C>;
  error?: ApiError;
}

/**
 * Loads one value from a read channel and reloads it when the input changes, when
 * `reload()` is called, or when the backend reports changed data. The last value stays
 * on screen while the next one loads, so a refresh never flashes an empty page.
 */
export function useApiValue<C extends Channel>(channel: C, input: Input<C>) {
  const inputKey = JSON.stringify(input);
  const dataVersion = useDataVersion();
  const [manual, setManual] = useState(0);
  const key = `${channel}|${inputKey}|${dataVersion}|${manual}`;
  const [loaded, setLoaded] = useState<Loaded<C>>({ key: '' });

  useEffect(() => {
    let current = true;
    // The first screen's data may have been asked for as the app started (lib/early.ts).
    void askOnce(channel, JSON.parse(inputKey) as Input<C>).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, value: result.value } : { key, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [channel, inputKey, key]);

  const reload = useCallback(() => setManual((n) => n + 1), []);
  return {
    value: loaded.value,
    error: loaded.key === key ? loaded.error : undefined,
    loading: loaded.key !== key,
    reload,
  };
}
