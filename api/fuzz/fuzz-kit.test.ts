/** The fuzz test's generators: shaped inputs pass the schemas, broken ones break them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../contract';
import { arbitraryOf, type Pools } from './arbitrary';
import { mutate, throughJson } from './break';

const pools: Pools = {
  ids: { client: [1], listing: [1], case: [1], event: [1], file: [1], packet: [1] },
  itemKeys: ['repair-application'],
  uploadIds: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
  idNumbers: ['91350100M000100Y43'],
};

describe('inputs from a schema', () => {
  it('get past validation on nearly every channel (so the handlers are reached)', () => {
    const passing = CHANNELS.filter((channel) => {
      const schema = contract[channel].input;
      const samples = fc.sample(arbitraryOf(schema, pools), { numRuns: 60, seed: 1 });
      return samples.some((s) => schema.safeParse(s).success);
    });
    expect(CHANNELS.filter((c) => !passing.includes(c))).toEqual([]);
  });
});

describe('breaking an input', () => {
  it('replaces, removes or adds one field, or the whole input', () => {
    const input = { caseId: 1, listing: { authority: 'x' } };
    expect(mutate(input, { kind: 'replace', pick: 3, value: NaN })).toEqual({
      caseId: 1,
      listing: { authority: NaN },
    });
    expect(mutate(input, { kind: 'remove', pick: 1, value: null })).toEqual({
      listing: { authority: 'x' },
    });
    expect(mutate(input, { kind: 'extra', pick: 1, value: 7 })).toEqual({
      caseId: 1,
      extracaseId: 7,
      listing: { authority: 'x' },
    });
    expect(mutate(input, { kind: 'remove', pick: 0, value: null })).toBeUndefined();
    expect(input).toEqual({ caseId: 1, listing: { authority: 'x' } });
  });

  it('through JSON as the browser shell carries it: NaN turns null, 1e999 is Infinity', () => {
    expect(throughJson({ a: Infinity, b: -Infinity, c: NaN, d: undefined })).toEqual({
      a: Infinity,
      b: -Infinity,
      c: null,
    });
  });
});
