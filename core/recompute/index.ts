/** Judging many cases at once: recomputing them, and the cases a holiday year can move. */
export {
  RECOMPUTE_BATCH,
  computedOf,
  datedOf,
  evaluateListings,
  recordsOf,
  stateFrom,
  type CaseInputs,
  type CaseState,
  type ComputedCase,
} from './case-state';
