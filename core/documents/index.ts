/** The document checklist of a case: what the rule versions require, and what is in hand. */
export {
  DOC_STATUSES,
  documentNames,
  documentStatusInput,
  readiness,
  requiredDocuments,
  type DocStatus,
  type DocumentStatusInput,
  type Readiness,
} from './checklist';
export * from './inputs';
export {
  commitmentLetter,
  repairApplication,
  type TemplateData,
  type TextDocument,
} from './templates';
