/** Simplified Chinese strings of encryption at rest: the unlock screen and Settings › Security. */
import type { Messages } from './en';

export const zhCrypt: Pick<Messages, 'unlock' | 'security'> = {
  unlock: {
    title: '解锁数据',
    intro: '此文件夹中的数据已加密。请输入口令打开；没有口令，文件夹中的任何内容都无法读取。',
    folder: '数据文件夹',
    passphrase: '口令',
    remember: '在本机记住',
    rememberHint:
      '密钥保存在本机的安全存储中，修复助手启动时不再询问口令。能登录本机此账户的任何人都将能够打开这些数据。',
    rememberBrowser: '只有桌面应用可以记住口令；在浏览器中，每次启动时都需输入口令。',
    submit: '解锁',
  },
  security: {
    title: '安全',
    on: '加密已开启：没有口令，数据库、附件及备份均无法读取。',
    off: '加密已关闭：任何拿到数据文件夹副本的人都能读取其中内容。',
    lossWarningTitle: '口令丢失即数据丢失',
    lossWarning:
      '没有口令，任何人（包括修复助手的开发者）都无法打开加密数据。请把口令写下来，妥善保管在远离这台电脑的地方。',
    attachmentsNote: '开启加密之前所做的备份仍可读取：新的备份完成后，请将其删除。',
    passphrase: '口令',
    passphraseHint: '至少 {{min}} 个字符；由几个词组成的短语便于记忆。',
    confirm: '再次输入口令',
    current: '当前口令',
    newPassphrase: '新口令',
    enableTitle: '开启加密',
    enable: '开启加密',
    changeTitle: '更改口令',
    change: '更改口令',
    disableTitle: '关闭加密',
    disableHint: '数据将就地解密：此后任何拿到数据文件夹副本的人都能读取其中内容。',
    disable: '关闭加密',
    remembered: '本机已记住密钥。',
    forget: '在本机忘记',
    forgotten: '下次启动时，修复助手将询问口令。',
    running: {
      copy: '正在复制数据库…',
      rekey: '正在重新加密数据库…',
      check: '正在检查重新加密的数据库…',
      files: '正在重新加密附件：{{done}} / {{total}}…',
      waiting: '正在开始…',
    },
    restore: {
      title: '此备份的口令',
      passphrase: '此备份的口令',
      hint: '此备份是在另一个口令下制作的：请输入制作该备份时数据所用的口令。',
      keepsCurrent: '恢复后，数据仍使用当前口令打开：恢复的副本将用当前口令重新加密。',
      takesBackup: '恢复后，数据将使用此备份的口令加密：修复助手每次启动时都会询问该口令。',
    },
    runningHint: '修改将在完成后进行。',
    cancel: '取消',
    done: {
      enable: '加密已开启。',
      change: '口令已更改。',
      disable: '加密已关闭。',
    },
    cancelled: '已取消：数据未作任何更改。',
    unfinished:
      '口令已更改。附件的重新加密已停止：尚未处理的附件仍可正常读取，修复助手下次打开此文件夹时将完成其余部分。',
  },
};
