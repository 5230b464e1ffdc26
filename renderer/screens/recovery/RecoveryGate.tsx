import { useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../core/backups';
import { call, subscribe } from '../../lib/api';
import { askOnce } from '../../lib/early';
import { UnlockScreen } from '../security/UnlockScreen';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks the backend whether it could open its data file. If not, the recovery screen is
 * all there is (no way to screens that need the data); once a restore has put data back,
 * the normal screens follow. Asked again in the user's language when it changes, since
 * the backend says what is wrong in it.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  // Only a restore or an unlock changes the answer (the folder reopened), not every write.
  const [restores, setRestores] = useState(0);
  useEffect(() => subscribe('backup.done', (e) => e.restored && setRestores((n) => n + 1)), []);

  useEffect(() => {
    let current = true;
    void askOnce('recovery.status', {}).then(async (early) => {
      // An early answer may be in the language of before the settings loaded: what is
      // wrong is asked again in the user's language.
      const r =
        early.ok && early.value.mode === 'recovery' ? await call('recovery.status', {}) : early;
      if (!current) return;
      // A shell that cannot say (an error) is not held back from its screens: they show it.
      setStatus(r.ok ? r.value : { mode: 'normal', dataDir: '' });
    });
    return () => {
      current = false;
    };
  }, [restores, lang]);

  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (status.mode === 'recovery') return <RecoveryScreen status={status} />;
  if (status.mode === 'locked')
    return <UnlockScreen dataDir={status.dataDir} onUnlocked={() => setRestores((n) => n + 1)} />;
  return <>{children}</>;
}
