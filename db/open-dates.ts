/**
 * The authority deadline kinds as the SQL literal of migration 0007's partial index
 * case_dates_open_deadlines. SQLite uses a partial index only when the query repeats its
 * WHERE terms word for word, so the repository writes this same text rather than binding
 * the kinds as parameters. Changing it needs a migration that rebuilds the index
 * (open-dates.test.ts keeps it equal to core's DEADLINE_KINDS).
 */
export const DEADLINE_KINDS_SQL = "'acceptanceDue', 'decisionDue', 'publicityStopDue'";

/**
 * The stages in which a case waits on the authority (core AUTHORITY_STAGES), as migration
 * 0007's triggers write them into case_dates.awaited. Changing it needs a migration too.
 */
export const AUTHORITY_STAGES_SQL = "'filed', 'accepted', 'supplement', 'repaired'";

/** True when `kinds` are exactly the deadline kinds (in any order), so the literal applies. */
export function isDeadlineSet(kinds: readonly string[], deadlineKinds: readonly string[]): boolean {
  return kinds.length === deadlineKinds.length && deadlineKinds.every((k) => kinds.includes(k));
}
