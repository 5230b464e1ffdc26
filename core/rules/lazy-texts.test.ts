import { describe, expect, it } from 'vitest';
import { run, samrList } from './test-kit';

describe("a date's explanation and citation", () => {
  it('are built only when read, then read, cloned and sent as JSON like plain values', () => {
    const { get } = run([samrList], [], '2025-05-20');
    const may = get('mayApplyFrom')!;
    expect(Object.getOwnPropertyDescriptor(may, 'explanation')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(may, 'citation')?.get).toBeTypeOf('function');

    const sent = JSON.parse(JSON.stringify(may)) as typeof may;
    expect(sent.explanation.en.at(-1)).toBe('may apply from 2025-06-04');
    expect(sent.citation.en).toMatch(/SAMR/);
    expect(Object.getOwnPropertyDescriptor(may, 'explanation')).toMatchObject({
      value: sent.explanation,
      enumerable: true,
    });
    expect(structuredClone(get('automaticEnd'))).toEqual(
      JSON.parse(JSON.stringify(get('automaticEnd'))),
    );
  });
});
