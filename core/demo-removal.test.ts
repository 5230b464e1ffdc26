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

const facts = (over: Partial<DemoFacts> = {}): DemoFacts => ({
  clients: [
    { id: 1, name: 'A', updatedAt: 't1' },
    { id: 2, name: 'B', updatedAt: 't2' },
    { id: 3, name: 'C', updatedAt: 't3' },
  ],
  listings: [
    { id: 11, clientId: 1 },
    { id: 12, clientId: 2 },
    { id: 13, clientId: 3 },
  ],
  cases: [
    { id: 21, clientId: 1 },
    { id: 22, clientId: 2 },
    { id: 23, clientId: 3 },
  ],
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
      facts({
        clients: [
          { id: 1, name: 'A', updatedAt: 'later' },
          { id: 2, name: 'B', updatedAt: 't2' },
          { id: 3, name: 'C', updatedAt: 't3' },
        ],
        listings: [
          { id: 11, clientId: 1 },
          { id: 12, clientId: 2 },
          { id: 13, clientId: 3 },
          { id: 14, clientId: 3 },
        ],
        cases: [
          { id: 21, clientId: 1 },
          { id: 22, clientId: 2 },
          { id: 23, clientId: 3 },
          { id: 24, clientId: 3 },
        ],
      }),
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
