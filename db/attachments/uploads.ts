/**
 * Files arrive through the contract in chunks of raw bytes (the same channel in both
 * shells), each written once to a temporary file and fed to a running SHA-256 on the way;
 * complete, the file is fsynced and handed to the attachment store with its hash, which
 * moves it into place without reading it again.
 * A chunk is written off the server thread while the next one travels: a chunk is
 * answered once the one before it is in the file, so at most two are held in memory.
 * An upload nobody finishes is dropped after an hour; a cancelled one at once; one that
 * a crash or kill abandoned, at the next start (sweepAbandoned).
 * In an encrypted folder the staged file is sealed as it is written (db/attachments/
 * sealed.ts, the folder's attachments' key): the header first, each chunk in order, the
 * tag once complete — so no plain byte of an upload reaches the disk, and the complete
 * file is a stored file already. `contents` still gives the plain bytes.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { close, closeSync, fsync, mkdirSync, openSync, rmSync, write, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-folder';
import type { FilesKey } from '../crypt/key-file';
import { filesKeyForFolder } from '../crypt/keyring';
import { isErrno } from './fs-sync';
import { openSealed, sealer } from './sealed';
import type { SweepResult } from './sweep';

export interface Upload {
  id: string;
  filename: string;
  mime: string;
  size: number;
  received: number;
  nextIndex: number;
  path: string;
  startedAt: number;
  /** Open for writing until the upload completes or is dropped. */
  fd: number | null;
  hash: Hash;
  /** The accepted chunks' writes, one after another; rejects once one has failed. */
  writing: Promise<void>;
  /** Writes not yet done: the file is closed only after them (its number could be reused). */
  pending: number;
  /** Sealing as it is written (an encrypted folder): the key's id, its cipher, the header's length. */
  sealing: { keyId: string; seal: ReturnType<typeof sealer>; offset: number } | null;
}

/** A complete upload: fsynced, its hash taken from the bytes as they were written. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

const MAX_AGE_MS = 60 * 60 * 1000;
const writeAsync = promisify(write);

/** Writes all the bytes at `position` (on libuv's pool), however many calls it takes. */
async function writeAt(fd: number, bytes: Uint8Array, position: number): Promise<void> {
  for (let at = 0; at < bytes.length;) {
    const { bytesWritten } = await writeAsync(fd, bytes, at, bytes.length - at, position + at);
    at += bytesWritten;
  }
}

export class Uploads {
  private readonly dir: string;
  private readonly open = new Map<string, Upload>();

  /** `sealWith`: the key to seal with, null in a plain folder (the folder's own by default). */
  constructor(
    dataDir: string,
    private readonly sealWith: () => FilesKey | null = () => filesKeyForFolder(dataDir),
  ) {
    this.dir = join(dataDir, 'files', 'uploads');
  }

  begin(filename: string, mime: string, size: number): Upload {
    this.expire();
    mkdirSync(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const id = randomUUID();
    const path = join(this.dir, id);
    const key = this.sealWith();
    const seal = key && sealer(key);
    const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
    if (seal) writeSync(fd, seal.header, 0, seal.header.length, 0);
    const upload: Upload = {
      id,
      filename,
      mime,
      size,
      received: 0,
      nextIndex: 0,
      path,
      startedAt: Date.now(),
      fd,
      hash: createHash('sha256'),
      writing: Promise.resolve(),
      pending: 0,
      sealing: seal && { keyId: key.id, seal, offset: seal.header.length },
    };
    this.open.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.open.get(id);
  }

  /**
   * Appends one chunk; chunks must come in order, and never beyond the announced size.
   * Order, size and hash are settled at once, before anything is awaited, so a chunk that
   * arrives meanwhile is judged after this one; the bytes go to their place in the file
   * after the chunk before. Resolves once that chunk before is written; a failed write
   * (a full disk) ends the upload: nothing may be appended after a gap.
   */
  async append(
    upload: Upload,
    index: number,
    bytes: Uint8Array,
  ): Promise<'ok' | 'outOfOrder' | 'tooLong'> {
    const fd = upload.fd;
    if (index !== upload.nextIndex || fd === null) return 'outOfOrder';
    if (upload.received + bytes.length > upload.size) return 'tooLong';
    const position = (upload.sealing?.offset ?? 0) + upload.received;
    upload.hash.update(bytes);
    // Sealed now, in order (the cipher runs through the chunks as they were accepted).
    if (upload.sealing) bytes = upload.sealing.seal.update(bytes);
    upload.received += bytes.length;
    upload.nextIndex += 1;
    const before = upload.writing;
    upload.pending += 1;
    upload.writing = before
      .then(() => writeAt(fd, bytes, position))
      .finally(() => {
        upload.pending -= 1;
      });
    // Whoever waits next (a chunk, the finish, a drop) hears of a failure; none is unhandled.
    upload.writing.catch(() => undefined);
    try {
      await before;
    } catch (err) {
      this.drop(upload.id);
      throw err;
    }
    return 'ok';
  }

  /** Every accepted chunk is in the file (not yet on the disk); rejects if one could not be written. */
  written(upload: Upload): Promise<void> {
    return upload.writing;
  }

  /**
   * Ends the writing of a complete upload: its bytes reach the disk before anything points
   * at them. The file stays the upload's until it is dropped (or moved by the store).
   */
  async complete(upload: Upload): Promise<StagedFile> {
    if (upload.fd === null || upload.received !== upload.size)
      throw new Error(`Upload ${upload.id} is not complete.`);
    const fd = upload.fd;
    // No chunk is taken after this, and a drop meanwhile leaves the closing to this call.
    upload.fd = null;
    // Off the server thread (libuv's pool): flushing 100 MB takes a noticeable while.
    try {
      await upload.writing;
      if (upload.sealing) {
        const tag = upload.sealing.seal.finish();
        await writeAt(fd, tag, upload.sealing.offset + upload.size);
      }
      await promisify(fsync)(fd);
    } finally {
      await promisify(close)(fd);
    }
    return { path: upload.path, sha256: upload.hash.digest('hex'), size: upload.size };
  }

  /**
   * A complete upload read whole, with its SHA-256: for the readers that take a file in at
   * once (a spreadsheet to import, a case bundle) rather than attach it. Every such reader
   * comes through here, so how staged bytes are kept stays this class's business. The
   * upload stays staged until it is dropped.
   */
  async contents(upload: Upload): Promise<{ bytes: Buffer; sha256: string; filename: string }> {
    const staged = await this.complete(upload);
    const bytes = openSealed(await readFile(staged.path), staged.path);
    return { bytes, sha256: staged.sha256, filename: upload.filename };
  }

  drop(id: string): void {
    const upload = this.open.get(id);
    if (!upload) return;
    this.open.delete(id);
    const fd = upload.fd;
    upload.fd = null;
    const remove = () => {
      if (fd !== null) closeSync(fd);
      rmSync(upload.path, { force: true });
    };
    // A write still running ends before its file is closed and removed.
    if (upload.pending === 0) remove();
    else void upload.writing.catch(() => undefined).finally(remove);
  }

  clear(): void {
    for (const id of [...this.open.keys()]) this.drop(id);
  }

  /**
   * Removes every file in the uploads folder that is no upload of this process: what a
   * crash or kill left there. Run by the data folder's owner at start-up; an upload begun
   * meanwhile is known here and kept.
   */
  async sweepAbandoned(): Promise<SweepResult> {
    const result: SweepResult = { removed: 0, bytes: 0 };
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return result;
      throw err;
    }
    for (const name of names) {
      if (this.open.has(name)) continue;
      const path = join(this.dir, name);
      try {
        const { size } = await stat(path);
        // Checked again after the await: the name is a fresh random id, never reused.
        if (this.open.has(name)) continue;
        await rm(path, { recursive: true, force: true });
        result.removed += 1;
        result.bytes += size;
      } catch (err) {
        if (!isErrno(err, 'ENOENT')) throw err;
      }
    }
    return result;
  }

  private expire(): void {
    const now = Date.now();
    for (const u of [...this.open.values()]) if (now - u.startedAt > MAX_AGE_MS) this.drop(u.id);
  }
}
