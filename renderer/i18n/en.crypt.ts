/** English strings of encryption at rest: the unlock screen and Settings › Security. zh.crypt.ts mirrors them. */
export const enCrypt = {
  unlock: {
    title: 'Unlock your data',
    intro:
      'The data in this folder is encrypted. Enter the passphrase to open it; without it nothing in the folder can be read.',
    folder: 'Data folder',
    passphrase: 'Passphrase',
    remember: 'Remember on this computer',
    rememberHint:
      'The key is kept in this computer’s secure storage, so Xiufu opens without asking. Anyone who can sign in to your account here can then open the data.',
    rememberBrowser:
      'Remembering the passphrase is only available in the desktop app; in the browser, enter it at each start.',
    submit: 'Unlock',
  },
  security: {
    title: 'Security',
    on: 'Encryption is on: the database, the attached files and the backups are unreadable without the passphrase.',
    off: 'Encryption is off: anyone with a copy of the data folder can read it.',
    lossWarningTitle: 'A lost passphrase means lost data',
    lossWarning:
      'Nobody, not even Xiufu’s developers, can open encrypted data without its passphrase. Write it down and keep it somewhere safe, away from this computer.',
    attachmentsNote:
      'Backups made before encryption was turned on stay readable: delete them once a new backup is made.',
    passphrase: 'Passphrase',
    passphraseHint: 'At least {{min}} characters; several words are easy to remember.',
    confirm: 'Type the passphrase again',
    current: 'Current passphrase',
    newPassphrase: 'New passphrase',
    enableTitle: 'Turn on encryption',
    enable: 'Turn on encryption',
    changeTitle: 'Change the passphrase',
    change: 'Change passphrase',
    disableTitle: 'Turn off encryption',
    disableHint:
      'The data is decrypted in place: afterwards anyone with a copy of the data folder can read it.',
    disable: 'Turn off encryption',
    remembered: 'The key is remembered on this computer.',
    forget: 'Forget on this computer',
    forgotten: 'Xiufu will ask for the passphrase at the next start.',
    running: {
      copy: 'Copying the database…',
      rekey: 'Re-encrypting the database…',
      check: 'Checking the re-encrypted database…',
      files: 'Re-encrypting attached files: {{done}} of {{total}}…',
      waiting: 'Starting…',
    },
    restore: {
      title: 'Passphrase of this backup',
      passphrase: 'Passphrase of this backup',
      hint: 'This backup was made under another passphrase: enter the one the data had when it was made.',
      keepsCurrent:
        'After the restore, the data still opens with today’s passphrase: the restored copy is re-encrypted with it.',
      takesBackup:
        'After the restore, the data is encrypted with this backup’s passphrase: Xiufu asks for it at each start.',
    },
    runningHint: 'Changes wait until it ends.',
    cancel: 'Cancel',
    done: {
      enable: 'Encryption is on.',
      change: 'The passphrase is changed.',
      disable: 'Encryption is off.',
    },
    cancelled: 'Cancelled: nothing was changed.',
    unfinished:
      'The passphrase is changed. Re-encrypting the attached files was stopped: those not done yet stay readable and are finished the next time Xiufu opens this folder.',
  },
};
