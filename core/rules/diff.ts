/** Which computed dates of a case moved between two evaluations (e.g. after a calendar year was typed in). */
import type { CaseDate, CaseEvaluation, DateKind } from './case-types';

export interface DateChange {
  kind: DateKind;
  listingId: number;
  before: { date: string; provisional: boolean } | null;
  after: { date: string; provisional: boolean } | null;
}

const keyOf = (d: CaseDate) => `${d.kind}:${d.listingId}`;
const brief = (d: CaseDate | undefined) =>
  d ? { date: d.date, provisional: d.provisional } : null;

export function dateChanges(before: CaseEvaluation, after: CaseEvaluation): DateChange[] {
  const old = new Map(before.dates.map((d) => [keyOf(d), d]));
  const now = new Map(after.dates.map((d) => [keyOf(d), d]));
  const changes: DateChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    if (a && b && a.date === b.date && a.provisional === b.provisional) continue;
    const ref = (b ?? a)!;
    changes.push({ kind: ref.kind, listingId: ref.listingId, before: brief(a), after: brief(b) });
  }
  return changes;
}
