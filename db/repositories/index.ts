import type { Database } from '../connection';
import { optimize } from '../optimize';
import { auditRepository } from './audit';
import { calendarsRepository } from './calendars';
import { caseDatesRepository } from './case-dates';
import { caseInputsRepository } from './case-inputs';
import { customItemsRepository } from './custom-items';
import { demoRepository } from './demo';
import { documentsRepository } from './documents';
import { filesRepository } from './files';
import { eventsRepository } from './events';
import { remindersRepository } from './reminders';
import { casesRepository } from './cases';
import { clientsRepository } from './clients';
import { historyRepository } from './history';
import { listingsRepository } from './listings';
import { settingsRepository } from './settings';
import { queueRepository } from './queue';
import { personalRepository } from './personal';
import { letterVersionsRepository } from './letter-versions';
import { importsRepository } from './imports';
import { reportsRepository } from './reports';
import { bundlesRepository } from './bundles';

export function createRepositories(db: Database) {
  return {
    clients: clientsRepository(db),
    listings: listingsRepository(db),
    cases: casesRepository(db),
    history: historyRepository(db),
    audit: auditRepository(db),
    settings: settingsRepository(db),
    calendars: calendarsRepository(db),
    events: eventsRepository(db),
    documents: documentsRepository(db),
    customItems: customItemsRepository(db),
    files: filesRepository(db),
    caseDates: caseDatesRepository(db),
    reminders: remindersRepository(db),
    queue: queueRepository(db),
    personal: personalRepository(db),
    demo: demoRepository(db),
    letterVersions: letterVersionsRepository(db),
    imports: importsRepository(db),
    reports: reportsRepository(db),
    bundles: bundlesRepository(db),
    /** Refreshes the planner's statistics: call after a bulk change (db/optimize.ts). */
    optimize(): void {
      optimize(db);
    },
    caseInputs: caseInputsRepository(db),
    /** Runs `fn` in one transaction: every row and its history entry, or nothing. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
