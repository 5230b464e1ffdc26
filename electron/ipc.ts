/**
 * The IPC side of the transport (api/transport.ts): one invoke channel into
 * `dispatch`, one event channel out to the windows. Only our own page may call in.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { Backend } from '../api/dispatch';
import { IPC_EVENT, IPC_INVOKE } from '../api/transport';
import { isAppUrl, isTrustedSender, readLang, refusal, type AppLocation } from './policy';

/** Registers the handlers; the returned function removes them again. */
export function registerIpc(backend: Backend, loc: AppLocation): () => void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown, ctx: unknown) => {
    const lang = readLang(ctx);
    // senderFrame is null when the frame navigated or was destroyed after sending.
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isTrustedSender(sender, loc) || typeof channel !== 'string') {
      console.warn(`[xiufu] IPC call refused from ${sender?.url ?? 'a destroyed frame'}`);
      return refusal(lang);
    }
    // Channel and input are checked by dispatch against the contract.
    return backend.dispatch(channel, input, lang ? { lang } : {});
  });

  const stopForwarding = backend.events.onAny((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      // Events can carry case data; only a window still showing our page receives them.
      if (!contents.isDestroyed() && isAppUrl(contents.getURL(), loc)) {
        contents.send(IPC_EVENT, name, payload);
      }
    }
  });

  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    stopForwarding();
  };
}
