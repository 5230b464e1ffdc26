/**
 * The only bridge between the sandboxed page and the main process: exactly the
 * XiufuBridge of api/transport.ts as `window.xiufu`, nothing else. ipcRenderer itself is
 * never exposed, so the page cannot reach any other channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type XiufuBridge } from '../api/transport';

const bridge: XiufuBridge = {
  invoke(channel, input, ctx) {
    // Pass plain values only: the context object may carry more than `lang`.
    return ipcRenderer.invoke(IPC_INVOKE, String(channel), input, { lang: ctx?.lang });
  },
  on(event, listener) {
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('xiufu', bridge);
