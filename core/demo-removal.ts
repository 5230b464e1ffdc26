/**
 * What "Remove demo data" may remove: exactly what the demo loader created, except where
 * the user has made a demo client their own. A demo client the user edited, or gave a case
 * or listing of their own, is kept with everything under it (their work points at it) and
 * stops being demo data. Inside the demo cases that go, what the user added while trying
 * the desk (events, files) goes too: the confirmation counts it first.
 */

/** The ids the demo loader created (stored when it created them). */
export interface DemoRecords {
  /** Each client with its `updatedAt` as loaded: a later one means the user edited it. */
  clients: { id: number; updatedAt: string }[];
  listings: number[];
  cases: number[];
  events: number[];
  files: number[];
}

export const NO_DEMO_RECORDS: DemoRecords = {
  clients: [],
  listings: [],
  cases: [],
  events: [],
  files: [],
};

/** What the data holds now under the demo's clients (whoever created it). */
export interface DemoFacts {
  clients: { id: number; name: string; updatedAt: string }[];
  listings: { id: number; clientId: number }[];
  cases: { id: number; clientId: number }[];
  events: { id: number; caseId: number }[];
  /** Files still attached (removed ones are history already). */
  files: { id: number; caseId: number }[];
}

export type DemoKeepReason = 'edited' | 'ownCase' | 'ownListing';

export interface DemoPlan {
  remove: { clients: number[]; cases: number[]; listings: number[] };
  /** Demo clients kept, named, with why. */
  kept: { id: number; name: string; reasons: DemoKeepReason[] }[];
  /** Added by the user to demo cases that go: they go with them. */
  userAdded: { events: number; files: number };
}

export function planDemoRemoval(records: DemoRecords, facts: DemoFacts): DemoPlan {
  const loaded = new Map(records.clients.map((c) => [c.id, c.updatedAt]));
  const demoCases = new Set(records.cases);
  const demoListings = new Set(records.listings);
  const plan: DemoPlan = {
    remove: { clients: [], cases: [], listings: [] },
    kept: [],
    userAdded: { events: 0, files: 0 },
  };
  for (const client of facts.clients) {
    if (!loaded.has(client.id)) continue;
    const cases = facts.cases.filter((c) => c.clientId === client.id);
    const listings = facts.listings.filter((l) => l.clientId === client.id);
    const reasons: DemoKeepReason[] = [];
    if (client.updatedAt !== loaded.get(client.id)) reasons.push('edited');
    if (cases.some((c) => !demoCases.has(c.id))) reasons.push('ownCase');
    if (listings.some((l) => !demoListings.has(l.id))) reasons.push('ownListing');
    if (reasons.length > 0) {
      plan.kept.push({ id: client.id, name: client.name, reasons });
      continue;
    }
    plan.remove.clients.push(client.id);
    plan.remove.cases.push(...cases.map((c) => c.id));
    plan.remove.listings.push(...listings.map((l) => l.id));
  }
  const going = new Set(plan.remove.cases);
  const demoEvents = new Set(records.events);
  const demoFiles = new Set(records.files);
  plan.userAdded.events = facts.events.filter(
    (e) => going.has(e.caseId) && !demoEvents.has(e.id),
  ).length;
  plan.userAdded.files = facts.files.filter(
    (f) => going.has(f.caseId) && !demoFiles.has(f.id),
  ).length;
  return plan;
}

/**
 * What Settings and the dashboard show: whether demo data is there and what removing it
 * would do (`demo.status`), or what the removal did (`demo.remove`).
 */
export interface DemoStatus {
  present: boolean;
  /** Demo clients and cases that removal takes away (or took away). */
  clients: number;
  cases: number;
  kept: DemoPlan['kept'];
  userAdded: DemoPlan['userAdded'];
}

export function demoStatus(plan: DemoPlan | null, present = plan !== null): DemoStatus {
  return {
    present,
    clients: plan?.remove.clients.length ?? 0,
    cases: plan?.remove.cases.length ?? 0,
    kept: plan?.kept ?? [],
    userAdded: plan?.userAdded ?? { events: 0, files: 0 },
  };
}
