/**
 * "Export personal data": one zip with the client's records as JSON, their stored files,
 * the history entries that mention them and a readme in both languages; made in a worker
 * with progress, read once, and logged as an 'export' entry.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerEvents } from './contract';
import { PERSON, personWithEverything } from './personal-testing';
import { testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

async function exported(clientId: number) {
  const progress: number[] = [];
  const done = new Promise<ServerEvents['personal.done']>((resolve) => {
    t.backend.events.on('personal.progress', (p) => progress.push(p.done));
    t.backend.events.on('personal.done', resolve);
  });
  const { jobId } = await t.ok('personal.exportStart', { id: clientId });
  const end = await done;
  return { jobId, end, progress };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('personal data export', () => {
  it('writes one archive with their records, files and history, and logs it', async () => {
    t = testBackend();
    const { clientId, caseId, fileBytes } = await personWithEverything(t);
    const { jobId, end, progress } = await exported(clientId);
    expect(end).toMatchObject({
      jobId,
      clientId,
      ok: true,
      filename: expect.stringMatching(/\.zip$/),
    });
    expect(progress.at(-1)).toBeGreaterThan(5);

    const archive = await t.ok('personal.exportRead', { jobId });
    const zip = unzipSync(Buffer.from(archive.data, 'base64'));
    const names = Object.keys(zip);
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'client.json',
        'listings.json',
        'cases.json',
        'history.json',
      ]),
    );
    // The person's own data, whole: the full number, not the mask the lists show.
    const client = JSON.parse(text(zip['client.json'])) as { idNumber: string; contacts: unknown };
    expect(client).toMatchObject({ idNumber: PERSON.idNumber, contacts: PERSON.contacts });
    const cases = JSON.parse(text(zip['cases.json'])) as {
      id: number;
      notes: string;
      events: unknown[];
    }[];
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: caseId, notes: expect.stringContaining('病历') });
    expect(cases[0]!.events).toHaveLength(1);
    const history = JSON.parse(text(zip['history.json'])) as { action: string }[];
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'reveal']));
    const file = names.find((n) => n.startsWith(`files/case-${caseId}/`))!;
    expect(file).toMatch(/张三丰身份证\.pdf$/);
    expect(Buffer.from(zip[file]!).equals(fileBytes)).toBe(true);
    expect(text(zip['README.txt'])).toMatch(/Personal data of 张三丰[\s\S]*张三丰 的个人信息/);

    const { history: logged } = await t.ok('clients.get', { id: clientId });
    expect(logged[0]).toMatchObject({
      action: 'export',
      after: { cases: 1, files: 1, historyEntries: history.length },
    });
    // Read once: a second read says to export again.
    const again = await t.backend.dispatch('personal.exportRead', { jobId }, { lang: 'en' });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('can be cancelled: no archive, nothing logged', async () => {
    t = testBackend();
    const { clientId } = await personWithEverything(t);
    const before = t.snapshot();
    const done = new Promise<ServerEvents['personal.done']>((resolve) =>
      t.backend.events.on('personal.done', resolve),
    );
    const { jobId } = await t.ok('personal.exportStart', { id: clientId });
    await t.ok('personal.exportCancel', { jobId });
    expect(await done).toMatchObject({ jobId, ok: false, cancelled: true });
    expect(t.snapshot()).toBe(before);
    const read = await t.backend.dispatch('personal.exportRead', { jobId }, { lang: 'en' });
    expect(read).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses an unknown client and writes nothing', async () => {
    t = testBackend();
    const before = t.snapshot();
    const r = await t.backend.dispatch('personal.exportStart', { id: 99 }, { lang: 'zh' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.snapshot()).toBe(before);
  });
});
