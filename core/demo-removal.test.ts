import { describe, expect, it } from 'vitest';
import { planDemoRemoval, type DemoFacts, type DemoRecords } from './demo-removal';

const records: DemoRecords = {
  clients: [
    { id: 1, updatedAt: 't1' },
    { id: 2, updatedAt: 't2' },
    { id: 3, updatedAt: 't3' },
  ],
  listings: [11, 12, 13],
  cases: [21, 22, 23],
  events: [31],
  files: [41],
};

/** The demo's three clients, one case and listing each (ids 1-3, 21-23, 11-13), as loaded. */
const clients = (edited: number[] = []) =>
  [1, 2, 3].map((id) => ({
    id,
    name: 'ABC'[id - 1]!,
    updatedAt: edited.includes(id) ? 'later' : `t${id}`,
  }));
const under = (base: number, extra: [number, number][] = []) => [
  ...[1, 2, 3].map((clientId) => ({ id: base + clientId, clientId })),
  ...extra.map(([id, clientId]) => ({ id, clientId })),
];

const facts = (over: Partial<DemoFacts> = {}): DemoFacts => ({
  clients: clients(),
  listings: under(10),
  cases: under(20),
  events: [{ id: 31, caseId: 21 }],
  files: [{ id: 41, caseId: 21 }],
  ...over,
});

describe('planDemoRemoval', () => {
  it('removes every demo record when the user touched none', () => {
    expect(planDemoRemoval(records, facts())).toEqual({
      remove: { clients: [1, 2, 3], cases: [21, 22, 23], listings: [11, 12, 13] },
      kept: [],
      userAdded: { events: 0, files: 0 },
    });
  });

  it('keeps a client the user edited or added a case or listing to, with all of it', () => {
    const plan = planDemoRemoval(
      records,
      facts({ clients: clients([1]), listings: under(10, [[14, 3]]), cases: under(20, [[24, 3]]) }),
    );
    expect(plan.remove).toEqual({ clients: [2], cases: [22], listings: [12] });
    expect(plan.kept).toEqual([
      { id: 1, name: 'A', reasons: ['edited'] },
      { id: 3, name: 'C', reasons: ['ownCase', 'ownListing'] },
    ]);
  });

  it('counts the events and files the user added to demo cases that go', () => {
    const plan = planDemoRemoval(
      records,
      facts({
        events: [
          { id: 31, caseId: 21 },
          { id: 32, caseId: 22 },
        ],
        files: [
          { id: 41, caseId: 21 },
          { id: 42, caseId: 21 },
          { id: 43, caseId: 23 },
        ],
      }),
    );
    expect(plan.userAdded).toEqual({ events: 1, files: 2 });
  });

  it('ignores a demo client that is gone already', () => {
    const plan = planDemoRemoval(
      records,
      facts({ clients: [{ id: 2, name: 'B', updatedAt: 't2' }] }),
    );
    expect(plan.remove.clients).toEqual([2]);
  });
});
