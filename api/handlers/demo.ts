import { DEMO_CASES } from '../../core/demo';
import { clientInput, listingInput } from '../../core/schemas';
import { AppError } from '../errors';
import { CATALOGUE_VERSION } from '../../core/rules';
import type { HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseState, refreshCase } from './refresh';
import { eventFields } from '../../core/lifecycle';

export const demoHandlers: HandlerTable<'demo.load'> = {
  /**
   * Fills an empty data folder; each demo record passes the same schemas as typed input.
   * The demo's events are a consistent history, so they are stored without the guards.
   */
  'demo.load': (_input, ctx) => {
    if (ctx.repos.clients.count() > 0 || ctx.repos.cases.count() > 0) {
      throw new AppError('conflict', 'error.demoNotEmpty');
    }
    return ctx.repos.transaction(() => {
      for (const demo of DEMO_CASES) {
        const client = ctx.repos.clients.insert(clientInput.parse(demo.client));
        recordHistory(ctx, 'client', client.id, 'create', null, client);
        const listings = demo.listings.map((l) =>
          ctx.repos.listings.insert(client.id, listingInput.parse(l)),
        );
        for (const l of listings) recordHistory(ctx, 'listing', l.id, 'create', null, l);
        const caseId = ctx.repos.cases.insert({
          clientId: client.id,
          assignee: demo.assignee,
          notes: demo.notes,
          listingIds: listings.map((l) => l.id),
          catalogueVersion: CATALOGUE_VERSION,
        });
        if (demo.documentsReceived) {
          for (const documentId of caseState(ctx, caseId).required) {
            ctx.repos.documents.set(caseId, documentId, 'received', '', actorOf(ctx));
          }
        }
        for (const event of demo.events) {
          const { type, date, ...data } = eventFields.parse(event);
          ctx.repos.events.insert({ caseId, type, date, data, actor: actorOf(ctx) });
        }
        refreshCase(ctx, caseId);
        recordHistory(ctx, 'case', caseId, 'create', null, ctx.repos.cases.get(caseId));
      }
      return { clients: DEMO_CASES.length, cases: DEMO_CASES.length };
    });
  },
};
