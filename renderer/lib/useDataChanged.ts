import { useEffect, useState } from 'react';
import { subscribe } from './api';

/**
 * A number that goes up whenever the backend reports changed data (this window or
 * another one wrote something). Put it in an effect's dependencies to reload.
 */
export function useDataVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribe('data.changed', () => setVersion((v) => v + 1)), []);
  return version;
}
