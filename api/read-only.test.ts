/**
 * A data folder opened read-only: everything can be looked at, every change is answered
 * `read_only` in the caller's language, and nothing in the folder changes, not even the
 * bookkeeping that reads do elsewhere (the daily refresh, announced reminders).
 * (Whether a folder is read-only is found by db/read-only.ts, tested there as a process
 * that truly cannot write; here the backend is opened read-only as the shells do then.)
 */
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePng } from '../db/attachments/test-files';
import { CHANNELS } from './contract';
import { createBackend, type Backend } from './dispatch';
import { samrCase, testBackend, upload } from './testing';

let backend: Backend | undefined;
let dir: string | undefined;
afterEach(() => {
  backend?.close();
  if (dir) chmodSync(dir, 0o700);
});

/** Every file of the folder with its size and last change: "nothing written", checked. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(root, p)} ${statSync(p).size} ${statSync(p).mtimeMs}`);
    }
  };
  walk(root);
  return out.sort();
}

/** A folder with a case and an attachment, closed, then opened read-only (and made so). */
async function readOnlyFolder() {
  const t = testBackend();
  const kase = await samrCase(t);
  const detail = await upload(
    t,
    kase.id,
    'business-licence',
    'licence.png',
    'image/png',
    samplePng(),
  );
  t.backend.close();
  dir = t.dir;
  chmodSync(dir, 0o500);
  backend = createBackend({ dataDir: dir, readOnly: 'folder', log: () => {} });
  return {
    backend,
    dir,
    caseId: kase.id,
    fileId: detail.checklist.flatMap((i) => i.files)[0]!.id,
    snapshot: t.snapshot,
  };
}

describe('a read-only data folder', () => {
  it('answers every change with read_only, in English and Chinese, and changes nothing', async () => {
    const ro = await readOnlyFolder();
    const before = tree(ro.dir);
    const data = ro.snapshot();
    const refused: string[] = [];
    for (const channel of CHANNELS) {
      const en = await ro.backend.dispatch(channel, {}, { lang: 'en' });
      if (en.ok || en.error.code !== 'read_only') continue;
      refused.push(channel);
      expect(en.error.message).toContain('read-only, so nothing can be changed');
      expect(en.error.message).toContain(ro.dir);
      const zh = await ro.backend.dispatch(channel, {}, { lang: 'zh' });
      expect(zh).toMatchObject({ ok: false, error: { code: 'read_only' } });
      expect(!zh.ok && zh.error.message).toContain('数据文件夹为只读');
    }
    expect(refused).toEqual(
      expect.arrayContaining([
        'clients.create',
        'cases.update',
        'events.add',
        'uploads.begin',
        'uploads.finish',
        'files.remove',
        'packets.start',
        'settings.update',
        'calendars.save',
        'demo.load',
        'demo.remove',
      ]),
    );
    expect(tree(ro.dir)).toEqual(before);
    expect(ro.snapshot()).toBe(data);
  });

  it('shows everything there is, says it is read-only, and reads without writing', async () => {
    const ro = await readOnlyFolder();
    const before = tree(ro.dir);
    const ok = async (channel: (typeof CHANNELS)[number], input: unknown) => {
      const r = await ro.backend.dispatch(channel, input, { lang: 'en' });
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    expect(await ok('settings.get', {})).toMatchObject({ readOnly: 'folder', dataDir: ro.dir });
    expect(await ok('cases.get', { id: ro.caseId })).toMatchObject({ id: ro.caseId });
    expect((await ok('cases.list', {})).items).toHaveLength(1);
    expect((await ok('clients.list', {})).items).toHaveLength(1);
    await ok('dashboard.summary', {});
    await ok('queue.list', {});
    await ok('agenda.list', {});
    expect(await ok('reminders.poll', {})).toEqual({ items: [] });
    expect(await ok('files.read', { id: ro.fileId })).toMatchObject({ filename: 'licence.png' });
    expect(await ok('files.verify', { id: ro.caseId })).toMatchObject({ files: [{ ok: true }] });
    await ok('packets.preflight', { caseId: ro.caseId });
    expect(tree(ro.dir)).toEqual(before);
    expect(ro.backend.readOnly).toBe('folder');
  });

  it('asked for with XIUFU_READ_ONLY, says how to start writable again', async () => {
    const t = testBackend();
    t.backend.close();
    dir = t.dir;
    backend = createBackend({ dataDir: dir, readOnly: 'requested', log: () => {} });
    const r = await backend.dispatch('clients.create', {}, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(!r.ok && r.error.message).toContain('start it again without XIUFU_READ_ONLY');
    const settings = await backend.dispatch('settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { readOnly: 'requested' } });
  });
});
