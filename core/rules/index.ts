/** The rule catalogue (RULES.md §4) and the evaluation of a case against it. */
export { evaluateCase } from './evaluate';
export { DEFAULT_CATALOGUE, CATALOGUE_VERSION, catalogueFor, pickVersion } from './catalogue';
export { SOURCES, DOCUMENTS, citationText } from './sources';
export {
  notice,
  ruleText,
  type Notice,
  type RuleMessageKey,
  type Params,
  type ParamValue,
} from './messages';
export {
  CASE_EVENT_TYPES,
  type CaseListing,
  type CaseEvent,
  type CaseEventType,
  type EvaluateInput,
  type CaseEvaluation,
  type CaseDate,
  type DateKind,
  type DateStatus,
  type Explanation,
} from './case-types';
export type {
  Catalogue,
  Regime,
  RuleVersion,
  Wait,
  AutomaticEnd,
  Bar,
  Deadlines,
  DayCount,
  Citation,
  SourceId,
  DocumentId,
  Bilingual,
  Span,
} from './types';
export { dateChanges, type DateChange } from './diff';
export { CALENDAR_COUNTED_KINDS, countReachDays } from './reach';
