/**
 * A listing whose regime counts no waiting period (abnormal operations, the court's list of
 * dishonest debtors) has no date to show: the user is told why, by which rule, and what to
 * do instead (RULES.md §4), where the date would otherwise stand and in the next step.
 */
import { bilingualCitation, countText, type Context } from './common';
import { notice, type Params } from './messages';
import type { Bilingual, Regime, RuleVersion } from './types';

const NONE: Bilingual = { en: '', zh: '' };

/** The decision period after the remedy, and what the version before this one said. */
function decideText(regime: Regime, version: RuleVersion, ctx: Context): Bilingual {
  const decide = version.deadlines.decide;
  // A count with a note is not a plain decision period (the court's 15 days answer
  // correction requests; its deletion within 3 working days is in the remedy text).
  if (!decide || decide.note) return NONE;
  const before = regime.versions[regime.versions.indexOf(version) - 1]?.deadlines.decide;
  const changed = before && (before.n !== decide.n || before.unit !== decide.unit);
  const previous = changed
    ? notice('why.previousCount', {
        cite: bilingualCitation(before.cite, ctx),
        count: countText(before),
      }).text
    : NONE;
  return notice('why.decideAfterRemedy', { count: countText(decide), previous }).text;
}

/** Made once per version and catalogue: every case of a regime without a wait has the same. */
const made = new WeakMap<RuleVersion, WeakMap<object, Readonly<Params> | null>>();

/** The notice's parameters, or null where the version counts a wait (it has dates). */
export function remedyParams(
  regime: Regime,
  version: RuleVersion,
  ctx: Context,
): Readonly<Params> | null {
  let byCatalogue = made.get(version);
  if (!byCatalogue) made.set(version, (byCatalogue = new WeakMap()));
  let params = byCatalogue.get(ctx.catalogue);
  if (params === undefined) {
    params = makeParams(regime, version, ctx);
    byCatalogue.set(ctx.catalogue, params && Object.freeze(params));
  }
  return params;
}

function makeParams(regime: Regime, version: RuleVersion, ctx: Context): Params | null {
  const { wait } = version;
  if (wait.span) return null;
  const remedy = wait.remedy ?? {
    en: wait.conditions.map((c) => c.en).join(' '),
    zh: wait.conditions.map((c) => c.zh).join(''),
  };
  return {
    cite: bilingualCitation(wait.cite, ctx),
    remedy,
    decide: decideText(regime, version, ctx),
  };
}
