/**
 * Messages of one area: encryption at rest (Settings › Security, the unlock screen).
 * Merged into core/messages.ts.
 */
export const cryptEn = {
  'crypt.tooShort':
    'Use at least {min} characters for the passphrase; a phrase of several words is easier to remember and harder to guess.',
  'crypt.mismatch': 'The two passphrases differ. Type the same passphrase in both fields.',
  'crypt.wrongPassphrase':
    'That passphrase does not unlock this data. Check Caps Lock and the keyboard language, then try again. Nothing was changed.',
  'crypt.locked': 'The data is locked. Enter the passphrase on the unlock screen first.',
  'crypt.notLocked': 'The data is already unlocked.',
  'crypt.alreadyOn':
    'Encryption is already on. To use another passphrase, choose "Change passphrase".',
  'crypt.alreadyOff': 'Encryption is already off.',
  'crypt.busy':
    'The data is being re-encrypted. Wait until it finishes (a minute or two), or cancel it.',
  'crypt.backupRunning': 'A backup or restore is running. Wait until it ends, then try again.',
  'crypt.unknownJob': 'That re-encryption is not running any more.',
  'crypt.keyFileDamaged':
    'The key file {path} is damaged, so the data cannot be unlocked. Put back the key file from a copy of the data folder, or restore a backup.',
  'crypt.rememberDesktopOnly':
    'Only the desktop app can remember the passphrase on this computer; in the browser, enter it at each start.',
  'crypt.backupPassphrase':
    'This backup was made under another passphrase. Enter the passphrase the data had when the backup was made.',
  'crypt.backupWrongPassphrase':
    'That is not the passphrase of this backup, so nothing was restored. Enter the passphrase the data had when the backup was made (check Caps Lock and the keyboard language).',
  'crypt.backupKeyFileDamaged':
    'The key file of this backup ({path}) is damaged, so the backup cannot be opened. Restore another backup.',
  'crypt.commandAsk': 'The data in {folder} is encrypted. Passphrase: ',
  'crypt.commandNeedsTerminal':
    'The data in {folder} is encrypted and this command has no terminal to ask for the passphrase on. Run it in a terminal, or use Settings › Backups in Xiufu.',
} as const;

export const cryptZh: Record<keyof typeof cryptEn, string> = {
  'crypt.tooShort': '口令至少需要 {min} 个字符；由几个词组成的短语更好记，也更难被猜到。',
  'crypt.mismatch': '两次输入的口令不一致。请在两个输入框中输入相同的口令。',
  'crypt.wrongPassphrase':
    '该口令无法解锁这些数据。请检查大写锁定键和键盘输入法后重试。数据未作任何更改。',
  'crypt.locked': '数据已锁定。请先在解锁页面输入口令。',
  'crypt.notLocked': '数据已经解锁。',
  'crypt.alreadyOn': '加密已经开启。如需使用其他口令，请选择“更改口令”。',
  'crypt.alreadyOff': '加密已经关闭。',
  'crypt.busy': '正在重新加密数据。请等待其完成（约一两分钟），或将其取消。',
  'crypt.backupRunning': '备份或恢复正在进行。请等待其结束后再试。',
  'crypt.unknownJob': '该重新加密任务已不在运行。',
  'crypt.keyFileDamaged':
    '密钥文件 {path} 已损坏，无法解锁数据。请从数据文件夹的副本中放回密钥文件，或恢复一个备份。',
  'crypt.rememberDesktopOnly':
    '只有桌面应用可以在本机记住口令；在浏览器中，每次启动时都需输入口令。',
  'crypt.backupPassphrase': '此备份是在另一个口令下制作的。请输入制作该备份时数据所用的口令。',
  'crypt.backupWrongPassphrase':
    '该口令不是此备份的口令，因此未恢复任何内容。请输入制作该备份时数据所用的口令（并检查大写锁定键和键盘输入法）。',
  'crypt.backupKeyFileDamaged':
    '此备份的密钥文件（{path}）已损坏，无法打开该备份。请恢复其他备份。',
  'crypt.commandAsk': '{folder} 中的数据已加密。口令：',
  'crypt.commandNeedsTerminal':
    '{folder} 中的数据已加密，而此命令没有可用于询问口令的终端。请在终端中运行，或在修复助手的“设置 › 备份”中操作。',
};
