/**
 * Native menu labels. The menu is built before the renderer has loaded the user's
 * language setting, so it follows the operating system's locale instead.
 */
import type { Lang } from './policy';

export interface MenuLabels {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
}

const LABELS: Record<Lang, MenuLabels> = {
  en: {
    file: 'File',
    quit: 'Quit Xiufu',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
  },
  zh: {
    file: '文件',
    quit: '退出修复',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '切换开发者工具',
  },
};

/** `zh`, `zh-CN`, `zh-TW`… read Chinese; every other locale reads English. */
export function langForLocale(locale: string): Lang {
  return /^zh(?:[-_]|$)/i.test(locale) ? 'zh' : 'en';
}

export function menuLabels(locale: string): MenuLabels {
  return LABELS[langForLocale(locale)];
}

/** The native question when the window is closed or reloaded with unsaved changes. */
export interface UnsavedLabels {
  title: string;
  text: string;
  stay: string;
  leave: string;
}

const UNSAVED: Record<Lang, UnsavedLabels> = {
  en: {
    title: 'Leave without saving?',
    text: 'Changes in this window are not saved yet. If you leave now, they are lost.',
    stay: 'Stay',
    leave: 'Leave without saving',
  },
  zh: {
    title: '不保存就离开？',
    text: '此窗口中的更改尚未保存。现在离开，这些更改将会丢失。',
    stay: '留在此页',
    leave: '不保存，离开',
  },
};

export function unsavedLabels(locale: string): UnsavedLabels {
  return UNSAVED[langForLocale(locale)];
}
