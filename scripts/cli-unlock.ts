/**
 * The commands (npm run backup, npm run restore) on an encrypted data folder: the
 * passphrase is asked on the terminal, not echoed, and the key kept in memory for the run.
 * Without a terminal to ask on, the command says so and stops.
 */
import { createInterface } from 'node:readline';
import { readKeyFile, unlockKeyFile } from '../db/crypt/key-file';
import { isLocked, rememberUnlocked } from '../db/crypt/keyring';
import { AppError } from '../api/errors';
import { say } from './cli-folder';

function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // What is typed is not shown: only the question is written.
  const muted = rl as unknown as { _writeToOutput(s: string): void };
  let asked = false;
  muted._writeToOutput = (s: string) => {
    if (!asked) process.stderr.write(s);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    asked = true;
  });
}

/** Unlocks `folder` (a data folder, or a backup) when it is encrypted; throws AppError when it cannot. */
export async function unlockForCommand(folder: string): Promise<void> {
  if (!isLocked(folder)) return;
  if (!process.stdin.isTTY) throw new AppError('locked', 'crypt.commandNeedsTerminal', { folder });
  const file = readKeyFile(folder)!;
  const unlocked = await unlockKeyFile(file, await askHidden(say('crypt.commandAsk', { folder })));
  if (!unlocked) throw new AppError('invalid', 'crypt.wrongPassphrase');
  rememberUnlocked(unlocked);
}
