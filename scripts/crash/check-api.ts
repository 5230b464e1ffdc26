/**
 * The checks made through the API after a restart: each case written to in the last
 * cycle opens, shows what its rows hold, and its stored dates (what the lists and the
 * agenda read) are the dates the rules compute from its listings and events now.
 */
import type { CaseDetail } from '../../core/types';
import { today } from '../../core/today';
import type { InspectedData } from '../../db/inspect';
import type { Api } from './http';
import type { Problem } from './check-db';

const same = (a: Iterable<unknown>, b: Iterable<unknown>) =>
  JSON.stringify([...a].map(String).sort()) === JSON.stringify([...b].map(String).sort());

export async function checkThroughApi(
  api: Api,
  data: InspectedData,
  caseIds: Iterable<number>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const now = today();
  for (const id of caseIds) {
    const row = data.cases.find((c) => c.id === id);
    const r = await api.call('cases.get', { id });
    if (!row) {
      // Created in flight and not committed: the API must not know it either.
      if (r.ok) problems.push({ category: 'halfWritten', text: `case ${id}: shown, but no row` });
      continue;
    }
    if (!r.ok) {
      problems.push({
        category: 'lost',
        text: `case ${id}: cases.get ${r.error.code} ${r.error.message}`,
      });
      continue;
    }
    const d = r.value as CaseDetail;
    const bad = (what: string) =>
      problems.push({ category: 'halfWritten', text: `case ${id}: ${what}` });
    if (d.notes !== row.notes) bad('notes differ from the row');
    const ofCase = <T extends { caseId: number }>(rows: T[]) => rows.filter((x) => x.caseId === id);
    if (
      !same(
        d.events.map((e) => e.id),
        ofCase(data.events).map((e) => e.id),
      )
    )
      bad('events differ from the rows');
    const files = [...d.checklist.flatMap((i) => i.files), ...d.events.flatMap((e) => e.files)];
    const liveRows = ofCase(data.files).filter((f) => !f.removed);
    if (
      !same(
        files.map((f) => f.id),
        liveRows.map((f) => f.id),
      )
    )
      bad('files differ from the rows');
    if (
      !same(
        d.packets.map((p) => p.id),
        ofCase(data.packets).map((p) => p.id),
      )
    )
      bad('packets differ from the rows');
    if (row.computedOn === now) {
      const stored = ofCase(data.caseDates).map((x) => `${x.listingId} ${x.kind} ${x.date}`);
      const computed = d.evaluation.dates.map((x) => `${x.listingId} ${x.kind} ${x.date}`);
      if (!same(stored, computed))
        bad(`stored dates [${stored.join(', ')}] ≠ computed [${computed.join(', ')}]`);
    }
  }
  return problems;
}
