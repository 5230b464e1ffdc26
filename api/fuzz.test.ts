/**
 * Every channel of the contract fuzzed through dispatch, on a backend holding realistic
 * data: inputs generated from the channel's own schema, then broken (api/fuzz/break.ts).
 * Whatever comes in, the answer is never an internal error, and a refused call writes
 * nothing: no row (db/snapshot.ts) and no file of the data folder changes.
 *
 * `npm test` runs a fixed seed and a modest count; a long run:
 *   XIUFU_FUZZ_RUNS=400 XIUFU_FUZZ_SEED=7 npx vitest run api/fuzz.test.ts
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, isChannel, type Channel } from './contract';
import { changesCaseData } from './dispatch';
import { arbitraryOf } from './fuzz/arbitrary';
import { fuzzed } from './fuzz/break';
import { buildWorld, folderFiles, type World } from './fuzz/world';

/** Channels the fuzz test leaves out, each with its reason. None is left out today. */
const SKIPPED: Partial<Record<Channel, string>> = {};

/** Inputs per channel, and the seed (each channel's runs start from seed + its index). */
const RUNS = Number(process.env.XIUFU_FUZZ_RUNS ?? 20);
const SEED = Number(process.env.XIUFU_FUZZ_SEED ?? 20261130);

/** Which rows a field called `id` names on a channel. */
function idNamedBy(channel: Channel): keyof World['pools']['ids'] {
  if (channel === 'files.verify') return 'case';
  const domain = channel.split('.')[0]!;
  const byDomain: Record<string, keyof World['pools']['ids']> = {
    clients: 'client',
    listings: 'listing',
    events: 'event',
    files: 'file',
    packets: 'packet',
  };
  return byDomain[domain] ?? 'case';
}

let world: World;
const tally = { inputs: 0, accepted: 0, refused: 0, viaJson: 0, refusedButWrote: 0, internal: 0 };
/** Accepted inputs per channel: how far into the handlers the generated inputs got. */
const acceptedBy = new Map<Channel, number>();

beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

afterAll(() => {
  world?.t.backend.close();
  console.log(
    `fuzz: ${tally.inputs} inputs over ${CHANNELS.length - Object.keys(SKIPPED).length} channels ` +
      `(${tally.viaJson} through JSON): ${tally.accepted} accepted, ${tally.refused} refused; ` +
      `internal errors ${tally.internal}, refused calls that wrote ${tally.refusedButWrote} (seed ${SEED}, ${RUNS} per channel)`,
  );
  if (process.env.XIUFU_FUZZ_RUNS)
    console.log(`accepted per channel: ${[...acceptedBy].map(([c, n]) => `${c} ${n}`).join(', ')}`);
});

/** What a refused call changed in the data folder's files (an abandoned upload may go). */
function fileChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [path, sum] of after)
    if (before.get(path) !== sum) changes.push(`${before.has(path) ? 'changed' : 'added'} ${path}`);
  for (const path of before.keys())
    if (!after.has(path) && !path.startsWith('files/uploads/')) changes.push(`removed ${path}`);
  return changes;
}

function rowChanges(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return a.flatMap((line, i) =>
    line === b[i] ? [] : [`table #${i}: ${line.slice(0, 200)} → ${(b[i] ?? '').slice(0, 200)}`],
  );
}

describe('fuzz: every channel of api/contract.ts', () => {
  it('leaves out no channel without a reason', () => {
    for (const [channel, reason] of Object.entries(SKIPPED)) {
      expect(isChannel(channel), `${channel} is not a channel`).toBe(true);
      expect(reason.trim(), `${channel} needs a reason`).not.toBe('');
    }
    const fuzzedChannels = CHANNELS.filter((c) => !SKIPPED[c]);
    expect(fuzzedChannels.length + Object.keys(SKIPPED).length).toBe(CHANNELS.length);
  });

  CHANNELS.filter((c) => !SKIPPED[c]).forEach((channel, index) => {
    it(`${channel}: never an internal error; a refused call writes nothing`, async () => {
      const inputs = fc.tuple(
        fuzzed(arbitraryOf(contract[channel].input, world.pools, idNamedBy(channel))),
        fc.constantFrom('en' as const, 'zh' as const),
      );
      await fc.assert(
        fc.asyncProperty(inputs, async ([{ input, via }, lang]) => {
          await world.ready();
          const rows = world.t.snapshot();
          const files = folderFiles(world.t.dir);
          const logged = world.t.logs.length;
          const r = await world.t.backend.dispatch(channel, input, { lang });
          tally.inputs += 1;
          if (via === 'json') tally.viaJson += 1;
          if (r.ok) {
            tally.accepted += 1;
            acceptedBy.set(channel, (acceptedBy.get(channel) ?? 0) + 1);
            // Jobs that end after their call answered: an export, a re-key of the folder.
            if (channel === 'packets.start' || /^security\.(enable|change|disable)$/.test(channel))
              world.started((r.value as { jobId: string }).jobId);
            await world.settle();
            if (changesCaseData(channel)) await world.refresh();
            return;
          }
          tally.refused += 1;
          if (r.error.code === 'internal') tally.internal += 1;
          expect(
            r.error.code,
            `${r.error.message} ${JSON.stringify(world.t.logs.slice(logged))}`,
          ).not.toBe('internal');
          expect(r.error.message.trim()).not.toBe('');
          const changed = [
            ...rowChanges(rows, world.t.snapshot()),
            ...fileChanges(files, folderFiles(world.t.dir)),
          ];
          if (changed.length) tally.refusedButWrote += 1;
          expect(changed, `refused (${r.error.code}: ${r.error.message}) but wrote`).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED + index },
      );
    }, 120_000);
  });
});
