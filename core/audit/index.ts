/** The audit log: its selection (shared by the form and the backend) and its rows. */
export {
  auditFilter,
  auditListInput,
  HISTORY_ACTIONS,
  HISTORY_ENTITIES,
  type AuditFilter,
  type HistoryAction,
  type HistoryEntity,
} from './filter';
export { caseLabel, type AuditEntry } from './types';
