import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIMES } from '../../core/regimes';
import type { DueItem } from '../../core/types';
import { currentLang } from '../i18n';
import { call } from './api';
import { clientNameOf } from './clientName';

const MINUTE = 60_000;

export interface Reminder {
  key: string;
  caseId: number;
  title: string;
  body: string;
  overdue: boolean;
}

type Due = DueItem & { status: 'dueToday' | 'overdue' };

let asked = false;

/**
 * Whether the system may show notifications, asking once while the user has not decided.
 * A prompt left unanswered does not hold reminders back: after a few seconds they show
 * in the app instead (the backend announces each date once only).
 */
async function systemNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'default' && !asked) {
    asked = true;
    try {
      await Promise.race([
        Notification.requestPermission(),
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ]);
    } catch {
      return false;
    }
  }
  return Notification.permission === 'granted';
}

/**
 * Asks the backend on start and every minute for dates that fell due or became overdue
 * (each is announced once, ever; none when reminders are off in Settings). Shows each as
 * a system notification, or, where those are denied or missing, returns it for the
 * in-app stack.
 */
export function useReminders() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Reminder[]>([]);
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);

  useEffect(() => {
    let alive = true;
    const toReminder = (d: Due): Reminder => {
      const tr = tRef.current;
      const values = { kind: tr(`dateKind.${d.kind}`), client: clientNameOf(d.clientName, tr) };
      return {
        key: `${d.caseId}:${d.listingId}:${d.kind}:${d.date}:${d.status}`,
        caseId: d.caseId,
        overdue: d.status === 'overdue',
        title:
          d.status === 'overdue'
            ? tr('reminders.overdue', values)
            : tr('reminders.dueToday', values),
        body: tr('reminders.body', {
          date: d.date,
          regime: REGIMES[d.regimeId]?.name[currentLang()] ?? d.regimeId,
          authority: d.authority,
        }),
      };
    };
    const poll = async () => {
      const result = await call('reminders.poll', {});
      if (!alive || !result.ok || result.value.items.length === 0) return;
      const reminders = result.value.items.map(toReminder);
      if (await systemNotifications()) {
        for (const r of reminders) new Notification(r.title, { body: r.body, tag: r.key });
      } else if (alive) {
        setShown((list) => [
          ...list,
          ...reminders.filter((r) => !list.some((s) => s.key === r.key)),
        ]);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), MINUTE);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const dismiss = useCallback((key: string) => {
    setShown((list) => list.filter((r) => r.key !== key));
  }, []);
  return { reminders: shown, dismiss };
}
