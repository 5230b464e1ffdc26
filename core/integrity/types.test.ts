import { describe, expect, it } from 'vitest';
import { checkpointFile, checkpointTextInput, type Checkpoint } from './types';

const CP: Checkpoint = { count: 7, id: 9, hash: 'f'.repeat(64), at: '2026-12-01T08:00:00.000Z' };
const issue = (text: string) => {
  const r = checkpointTextInput.safeParse({ text });
  return r.success ? null : r.error.issues[0]!.message;
};

describe('a saved checkpoint as text', () => {
  it('reads back the file “Save to file” writes', () => {
    expect(checkpointTextInput.parse({ text: `  ${checkpointFile(CP)}\n` })).toEqual({ text: CP });
  });

  it('says what is wrong with anything else', () => {
    expect(issue('   ')).toBe('integrity.checkpointEmpty');
    expect(issue('count: 7')).toBe('integrity.checkpointNotJson');
    expect(issue(JSON.stringify({ ...CP, hash: 'abc' }))).toBe('integrity.checkpointInvalid');
    expect(issue(JSON.stringify({ count: 7, id: 9, at: CP.at }))).toBe(
      'integrity.checkpointInvalid',
    );
  });
});
