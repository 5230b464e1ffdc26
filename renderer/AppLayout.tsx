import { useEffect } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { AppFrame } from './AppFrame';
import { SkipLink } from './components/SkipLink';
import { UnsavedChangesProvider } from './components/UnsavedChanges';
import { subscribe } from './lib/api';
import { useTimeZoneFromSettings } from './lib/timeZone';
import { RecoveryGate } from './screens/recovery/RecoveryGate';

/**
 * The frame around every route, inside the router: the skip link first, the recovery screen instead of all of
 * it while the data file cannot be opened, the unsaved-changes prompt, the time
 * zone kept in step with Settings, and cases
 * the desktop shell was asked to open (a xiufu:// link) opened by in-app navigation, so a
 * form with unsaved changes still asks first.
 */
export function AppLayout() {
  const navigate = useNavigate();
  useTimeZoneFromSettings();
  useEffect(
    () => subscribe('app.openCase', ({ caseId }) => void navigate(`/cases/${caseId}`)),
    [navigate],
  );
  return (
    <RecoveryGate>
      <UnsavedChangesProvider>
        <SkipLink />
        <AppFrame>
          <Outlet />
        </AppFrame>
      </UnsavedChangesProvider>
    </RecoveryGate>
  );
}
