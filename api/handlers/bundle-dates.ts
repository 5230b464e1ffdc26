/**
 * A bundle's computed dates are checked against what the rules engine computes here from
 * the same records: a difference means the two folders count differently (another rule
 * version or holiday calendar), and importing would silently move a deadline.
 */
import { DATE_KIND_LABELS } from '../../core/agenda/labels';
import type { BundleCase } from '../../core/bundle/format';
import type { DateKind } from '../../core/rules';
import { datedOf, stateFrom, type CaseInputs } from '../../core/recompute';
import { today } from '../../core/today';
import { customKey } from '../../db/repositories/custom-items';
import { AppError } from '../errors';
import type { HandlerContext } from './context';
import { calendarOf } from './evaluation';

export function inputsOfBundle(c: BundleCase, clientName: string): CaseInputs {
  return {
    id: c.case.id,
    clientName,
    catalogueVersion: c.case.catalogueVersion,
    listingCount: c.listings.length,
    listings: c.listings,
    events: c.events,
    documents: c.documents,
    requiredCustom: c.customItems.filter((i) => i.required).map((i) => customKey(i.id)),
  };
}

export function checkBundleDates(ctx: HandlerContext, c: BundleCase, clientName: string): void {
  const state = stateFrom(inputsOfBundle(c, clientName), calendarOf(ctx), today());
  const ours = new Map(
    datedOf(c.case.catalogueVersion, state.evaluation).map((d) => [
      `${d.listingId} ${d.kind}`,
      d.date,
    ]),
  );
  const theirs = new Map(c.dates.map((d) => [`${d.listingId} ${d.kind}`, d.date]));
  for (const key of new Set([...ours.keys(), ...theirs.keys()])) {
    if (ours.get(key) === theirs.get(key)) continue;
    const kind = key.split(' ')[1]!;
    throw new AppError('invalid', 'bundle.datesDiffer', {
      caseId: c.case.id,
      // A kind this version does not know (a bundle from a newer one) is named as it is.
      kind: DATE_KIND_LABELS[kind as DateKind]?.[ctx.lang] ?? kind,
      theirs: theirs.get(key) ?? '—',
      ours: ours.get(key) ?? '—',
    });
  }
}
