/**
 * xiufu://cases/<id> links (an exported calendar's events carry them) open that case in
 * the window. The system hands a link over in three ways: macOS fires open-url (before
 * the app is ready, too, when the link launched it); Windows and Linux start a second
 * instance with the link among its arguments, which the single-instance lock turns into
 * 'second-instance' here; and the first launch's own arguments. What a link means is read
 * by core/deep-link.ts (unit tested); this file only wires it to Electron.
 */
import path from 'node:path';
import { app } from 'electron';
import { caseInArgv, caseOfLink, LINK_SCHEME } from '../core/deep-link';

export interface DeepLinks {
  /** The case a link asked for before a window could show it; asked once, then forgotten. */
  takePending(): number | null;
}

/**
 * Registers the scheme with the system and listens for links. `show` opens the case in
 * the window and answers false when there is no window yet (the case is then kept for
 * the window to open on). Call before the app is ready: open-url may fire that early.
 */
export function registerDeepLinks(show: (caseId: number) => boolean): DeepLinks {
  let pending = caseInArgv(process.argv);
  const open = (caseId: number | null) => {
    if (caseId !== null && !show(caseId)) pending = caseId;
  };
  // Unpackaged (`npm start`) the system must start Electron with our main script, or a
  // link would open a bare Electron.
  const script = process.defaultApp ? process.argv[1] : undefined;
  const registered = script
    ? app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [path.resolve(script)])
    : app.setAsDefaultProtocolClient(LINK_SCHEME);
  if (!registered) console.warn(`[xiufu] could not register ${LINK_SCHEME}:// links`);

  app.on('open-url', (event, url) => {
    event.preventDefault();
    open(caseOfLink(url));
  });
  app.on('second-instance', (_event, argv) => open(caseInArgv(argv)));

  return {
    takePending() {
      const id = pending;
      pending = null;
      return id;
    },
  };
}
