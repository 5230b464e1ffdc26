/** The lifecycle of a case: authority events, the stage they lead to, and the guards on each move. */
export {
  DECISION_OUTCOMES,
  eventAddInput,
  eventDeleteInput,
  eventFields,
  eventIdOfItemKey,
  eventItemKey,
  eventUpdateInput,
  FILING_CHANNELS,
  LIFECYCLE_EVENT_TYPES,
  toRulesEvents,
  type CaseEventRecord,
  type DecisionOutcome,
  type EventAddInput,
  type EventDeleteInput,
  type EventFields,
  type EventUpdateInput,
  type FilingChannel,
  type LifecycleEventType,
} from './events';
export {
  barOn,
  deriveStage,
  listingWindows,
  stageBeforeFiling,
  waitingUntil,
  type ListingWindow,
  type StageInput,
} from './stage';
export {
  checkEvent,
  checkSequence,
  type CheckEventInput,
  type GuardContext,
  type GuardFailure,
  type GuardResult,
  type Override,
  type SequenceResult,
} from './guards';
export {
  allowedNext,
  EVENT_LABELS,
  nextLabels,
  replay,
  sortEvents,
  STAGE_LABELS,
  type LifecycleEvent,
  type Replay,
} from './transitions';
export { firstEventBefore, listedOn, type ListingDates } from './listing-order';
export {
  checkCaseEvent,
  eventCaseContext,
  eventProblems,
  eventSchemaFor,
  extensionRule,
  filingWarning,
  type CaseEventListing,
  type CaseFacts,
  type EventCaseContext,
  type ExtensionRule,
} from './case-checks';
