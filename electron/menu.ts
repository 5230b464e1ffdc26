/**
 * A minimal application menu. Edit roles matter even without visible use: on macOS,
 * copy/paste keyboard shortcuts only work when the menu has those roles.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { menuLabels } from './menu-labels';

export function installMenu(devMode: boolean): void {
  const t = menuLabels(app.getLocale());
  const isMac = process.platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [
    // macOS puts Quit in the app menu; elsewhere it lives under File.
    isMac ? { role: 'appMenu' } : { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
  ];
  // Reload and DevTools help while developing; in a packaged app they only invite
  // users to lose unsaved form input or poke at internals.
  if (devMode) {
    template.push({
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        { role: 'toggleDevTools', label: t.devTools },
      ],
    });
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
