/** The handler table: exactly the channels of api/contract.ts (a test checks it). */
import type { HandlerTable } from './context';
import { calendarHandlers } from './calendars';
import { caseHandlers } from './cases';
import { clientHandlers } from './clients';
import { dashboardHandlers } from './dashboard';
import { demoHandlers } from './demo';
import { listingHandlers } from './listings';
import { settingsHandlers } from './settings';

export type { HandlerContext } from './context';

export const handlers: HandlerTable = {
  ...clientHandlers,
  ...listingHandlers,
  ...caseHandlers,
  ...settingsHandlers,
  ...dashboardHandlers,
  ...demoHandlers,
  ...calendarHandlers,
};
