import { useEffect, useState } from 'react';
import { subscribe } from './api';

/**
 * A number that goes up whenever the backend reports changed data (this window or
 * another one wrote something, or a backup was restored: everything is new then). Put
 * it in an effect's dependencies to reload.
 */
export function useDataVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const offChanged = subscribe('data.changed', bump);
    const offRestored = subscribe('backup.done', (e) => e.restored && bump());
    return () => {
      offChanged();
      offRestored();
    };
  }, []);
  return version;
}
