import { AppError } from '../errors';
import type { HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { caseState, refreshCase } from './refresh';

export const documentHandlers: HandlerTable<'documents.set'> = {
  /** Sets one checklist item; readiness, and so the stage, follows at once. */
  'documents.set': ({ caseId, documentId, status, note }, ctx) => {
    requireWritableCase(ctx, caseId);
    const { required } = caseState(ctx, caseId);
    if (!required.includes(documentId as never)) {
      throw new AppError('invalid', 'field.choice', {}, 'documentId');
    }
    const before =
      ctx.repos.documents.forCase(caseId).find((d) => d.documentId === documentId) ?? null;
    ctx.repos.transaction(() => {
      ctx.repos.documents.set(caseId, documentId, status, note, actorOf(ctx));
      recordHistory(
        ctx,
        'case',
        caseId,
        'update',
        { document: before },
        { document: { documentId, status, note } },
      );
      refreshCase(ctx, caseId);
    });
    return caseDetail(ctx, caseId);
  },
};
