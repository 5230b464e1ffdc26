/** The document checklist of a case: what the rule versions require, and what is in hand. */
export {
  DOC_STATUSES,
  documentNames,
  documentsNotInHand,
  documentStatusInput,
  isExpired,
  NOTE_REQUIRED,
  readiness,
  requiredDocuments,
  type DocStatus,
  type DocumentStatusInput,
  type ExpiredDocument,
  type Readiness,
} from './checklist';
export * from './inputs';
export * from './letter-doc';
export {
  commitmentLetter,
  repairApplication,
  type TemplateData,
  type TextDocument,
} from './templates';
export {
  describeNotEnclosed,
  describeProblems,
  notEnclosedLine,
  preflight,
  type FileHealth,
  type NotEnclosed,
  type NotEnclosedKind,
  type Preflight,
  type PreflightSummary,
} from './preflight';
