import { electronBinaryPath, electronSkipReason } from './electron-available';

/** Says once, up front, why the Electron project's journeys are skipped on this machine. */
export default function globalSetup(): void {
  if (electronBinaryPath() === null)
    console.log(`[electron] journeys skipped: ${electronSkipReason()}`);
}
