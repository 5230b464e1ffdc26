/**
 * Files arrive through the contract in chunks of raw bytes (the same channel in both
 * shells), each written once to a temporary file and fed to a running SHA-256 on the way;
 * complete, the file is fsynced and handed to the attachment store with its hash, which
 * moves it into place without reading it again.
 * An upload nobody finishes is dropped after an hour; a cancelled one at once; one that
 * a crash or kill abandoned, at the next start (sweepAbandoned).
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { close, closeSync, fsync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-folder';
import { isErrno } from './fs-sync';
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
}

/** A complete upload: fsynced, its hash taken from the bytes as they were written. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

const MAX_AGE_MS = 60 * 60 * 1000;

export class Uploads {
  private readonly dir: string;
  private readonly open = new Map<string, Upload>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'files', 'uploads');
  }

  begin(filename: string, mime: string, size: number): Upload {
    this.expire();
    mkdirSync(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const id = randomUUID();
    const path = join(this.dir, id);
    const upload: Upload = {
      id,
      filename,
      mime,
      size,
      received: 0,
      nextIndex: 0,
      path,
      startedAt: Date.now(),
      fd: openSync(path, 'wx', PRIVATE_FILE_MODE),
      hash: createHash('sha256'),
    };
    this.open.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.open.get(id);
  }

  /**
   * Appends one chunk; chunks must come in order, and never beyond the announced size.
   * A chunk that could not be written whole (a full disk) ends the upload: the file may
   * hold part of it, and nothing may be appended after a gap.
   */
  append(upload: Upload, index: number, bytes: Uint8Array): 'ok' | 'outOfOrder' | 'tooLong' {
    if (index !== upload.nextIndex || upload.fd === null) return 'outOfOrder';
    if (upload.received + bytes.length > upload.size) return 'tooLong';
    try {
      // Synchronous, so the next chunk's order check cannot run between check and write.
      for (let at = 0; at < bytes.length;)
        at += writeSync(upload.fd, bytes, at, bytes.length - at, upload.received + at);
    } catch (err) {
      this.drop(upload.id);
      throw err;
    }
    upload.hash.update(bytes);
    upload.received += bytes.length;
    upload.nextIndex += 1;
    return 'ok';
  }

  /**
   * Ends the writing of a complete upload: its bytes reach the disk before anything points
   * at them. The file stays the upload's until it is dropped (or moved by the store).
   */
  async complete(upload: Upload): Promise<StagedFile> {
    if (upload.fd === null || upload.received !== upload.size)
      throw new Error(`Upload ${upload.id} is not complete.`);
    const fd = upload.fd;
    upload.fd = null;
    // Off the server thread (libuv's pool): flushing 100 MB takes a noticeable while.
    try {
      await promisify(fsync)(fd);
    } finally {
      await promisify(close)(fd);
    }
    return { path: upload.path, sha256: upload.hash.digest('hex'), size: upload.size };
  }

  drop(id: string): void {
    const upload = this.open.get(id);
    if (!upload) return;
    this.open.delete(id);
    if (upload.fd !== null) closeSync(upload.fd);
    upload.fd = null;
    rmSync(upload.path, { force: true });
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
