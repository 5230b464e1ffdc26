import { useTestTempRoot } from '../scripts/test-temp-root';
import { electronBinaryPath, electronSkipReason } from './electron-available';

/**
 * Says once, up front, why the Electron project's journeys are skipped on this machine;
 * the journeys' data folders all go when the run ends (scripts/test-temp-root.ts).
 */
export default function globalSetup(): () => void {
  if (electronBinaryPath() === null)
    console.log(`[electron] journeys skipped: ${electronSkipReason()}`);
  return useTestTempRoot('e2e');
}
