/** The handler table: exactly the channels of api/contract.ts (a test checks it). */
import type { HandlerTable, RecoveryHandlerTable } from './context';
import { agendaHandlers } from './agenda';
import { auditHandlers } from './audit';
import { exportHandlers } from './exports';
import { backupHandlers, backupRecoveryHandlers } from './backups';
import { recoveryHandlers } from './recovery';
import { calendarHandlers } from './calendars';
import { caseHandlers } from './cases';
import { caseListingHandlers } from './case-listings';
import { clientHandlers } from './clients';
import { dashboardHandlers } from './dashboard';
import { demoHandlers } from './demo';
import { documentHandlers } from './documents';
import { eventHandlers } from './events';
import { fileHandlers } from './files';
import { fileOpenHandlers } from './file-open';
import { historyHandlers } from './history';
import { letterHandlers } from './letters';
import { packetHandlers } from './packets';
import { listingHandlers } from './listings';
import { queueHandlers } from './queue';
import { reminderHandlers } from './reminders';
import { restoreHandlers } from './restore';
import { securityHandlers, securityLockedHandlers } from './security';
import { settingsHandlers } from './settings';
import { personalHandlers } from './personal';
import { personalExportHandlers } from './personal-export';
import { retentionHandlers } from './retention';
import { importHandlers } from './imports';
import { reportHandlers } from './reports';
import { bundleHandlers } from './bundles';
import { bundleImportHandlers } from './bundles-import';

export type { HandlerContext } from './context';

export const handlers: HandlerTable = {
  ...clientHandlers,
  ...listingHandlers,
  ...caseHandlers,
  ...caseListingHandlers,
  ...eventHandlers,
  ...documentHandlers,
  ...fileHandlers,
  ...fileOpenHandlers,
  ...letterHandlers,
  ...packetHandlers,
  ...settingsHandlers,
  ...personalHandlers,
  ...personalExportHandlers,
  ...bundleHandlers,
  ...bundleImportHandlers,
  ...retentionHandlers,
  ...dashboardHandlers,
  ...demoHandlers,
  ...calendarHandlers,
  ...queueHandlers,
  ...agendaHandlers,
  ...auditHandlers,
  ...exportHandlers,
  ...reminderHandlers,
  ...restoreHandlers,
  ...backupHandlers,
  ...backupRecoveryHandlers,
  ...recoveryHandlers,
  ...historyHandlers,
  ...securityHandlers,
  ...securityLockedHandlers,
  ...importHandlers,
  ...reportHandlers,
};

/** The channels that still answer when the data file could not be opened. */
export const recoveryModeHandlers: RecoveryHandlerTable = {
  ...backupRecoveryHandlers,
  ...recoveryHandlers,
  ...securityLockedHandlers,
};
