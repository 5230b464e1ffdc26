/** Test support for the import: a fixture sent through the upload channels, and a job run to its end. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOutcome } from '../core/import/results';
import type { Input, ServerEvents } from './contract';
import type { TestBackend } from './testing';

export const fixture = (name: string) => readFileSync(join('fixtures/import', name));
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function sendFile(t: TestBackend, name: string, bytes: Uint8Array = fixture(name)) {
  const { uploadId } = await t.ok('uploads.begin', {
    filename: name,
    mime: '',
    size: bytes.length,
  });
  for (let i = 0, index = 0; i < bytes.length; i += 4096, index++)
    await t.ok('uploads.chunk', { uploadId, index, data: bytes.subarray(i, i + 4096) });
  return uploadId;
}

export async function openFixtures(t: TestBackend, ...names: string[]) {
  const uploadIds: string[] = [];
  for (const n of names) uploadIds.push(await sendFile(t, n));
  return t.ok('import.open', { uploadIds });
}

/** The end of a job started by `start`, and its outcome when it succeeded. */
export async function jobEnd(
  t: TestBackend,
  start: () => Promise<{ jobId: string }>,
  afterStart?: (jobId: string) => Promise<void>,
): Promise<{ end: ServerEvents['import.done']; outcome: ImportOutcome | null }> {
  const ended = new Map<string, ServerEvents['import.done']>();
  const waiters = new Map<string, (e: ServerEvents['import.done']) => void>();
  t.backend.events.on('import.done', (e) => {
    ended.set(e.jobId, e);
    waiters.get(e.jobId)?.(e);
  });
  const { jobId } = await start();
  await afterStart?.(jobId);
  const end =
    ended.get(jobId) ??
    (await new Promise<ServerEvents['import.done']>((r) => waiters.set(jobId, r)));
  return { end, outcome: end.ok ? await t.ok('import.read', { jobId }) : null };
}

/** A check (mode 'preview'), dry run or run, to its end. */
export const runImport = (
  t: TestBackend,
  { mode, ...input }: Omit<Input<'import.start'>, 'mode'> & { mode: 'preview' | 'dryRun' | 'run' },
) =>
  jobEnd(t, () =>
    mode === 'preview' ? t.ok('import.check', input) : t.ok('import.start', { ...input, mode }),
  );
