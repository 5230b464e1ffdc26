import { DEMO_CASES } from '../../core/demo';
import { clientInput, listingInput } from '../../core/schemas';
import { AppError } from '../errors';
import { CATALOGUE_VERSION } from '../../core/rules';
import type { HandlerTable } from './context';
import { recordHistory } from './context';

export const demoHandlers: HandlerTable<'demo.load'> = {
  /** Fills an empty data folder; each demo record passes the same schemas as typed input. */
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
        ctx.repos.cases.update(caseId, { stage: demo.stage });
        recordHistory(ctx, 'case', caseId, 'create', null, ctx.repos.cases.get(caseId));
      }
      return { clients: DEMO_CASES.length, cases: DEMO_CASES.length };
    });
  },
};
