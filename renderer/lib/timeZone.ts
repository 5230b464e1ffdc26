/**
 * The renderer's side of the one clock: core/today's zone follows Settings here too, so
 * forms compute today, and screens show times, as the backend does.
 */
import { useEffect } from 'react';
import { DEFAULT_TIME_ZONE, setTimeZone } from '../../core/today';
import { call, subscribe } from './api';

/** A zone this browser does not know (an older runtime) leaves China Standard Time. */
export function applyTimeZone(zone: string): void {
  try {
    setTimeZone(zone);
  } catch {
    setTimeZone(DEFAULT_TIME_ZONE);
  }
}

/** Follows a zone saved in another window (this window applies its own saves at once). */
export function useTimeZoneFromSettings(): void {
  useEffect(
    () =>
      subscribe('data.changed', ({ channel }) => {
        if (channel !== 'settings.update') return;
        void call('settings.get', {}).then((r) => r.ok && applyTimeZone(r.value.timeZone));
      }),
    [],
  );
}
