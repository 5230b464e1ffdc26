import { AppError } from '../errors';
import type { HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { checklistKeys } from './files';
import { refreshCase } from './refresh';

type Channels = 'documents.set' | 'documents.addCustom' | 'documents.removeCustom';

export const documentHandlers: HandlerTable<Channels> = {
  /** Sets one checklist item; readiness, and so the stage, follows at once. */
  'documents.set': ({ caseId, documentId, status, note, validUntil }, ctx) => {
    requireWritableCase(ctx, caseId);
    if (!checklistKeys(ctx, caseId).includes(documentId)) {
      throw new AppError('invalid', 'files.unknownItem', { itemKey: documentId }, 'documentId');
    }
    const before =
      ctx.repos.documents.forCase(caseId).find((d) => d.documentId === documentId) ?? null;
    ctx.repos.transaction(() => {
      ctx.repos.documents.set(
        caseId,
        documentId,
        status,
        note,
        actorOf(ctx),
        validUntil ?? before?.validUntil ?? '',
      );
      recordHistory(
        ctx,
        'case',
        caseId,
        'update',
        { document: before },
        { document: { documentId, status, note, validUntil } },
      );
      refreshCase(ctx, caseId);
    });
    return caseDetail(ctx, caseId);
  },

  'documents.addCustom': ({ caseId, name, required }, ctx) => {
    requireWritableCase(ctx, caseId);
    ctx.repos.transaction(() => {
      const item = ctx.repos.customItems.add(caseId, name, required, actorOf(ctx));
      recordHistory(ctx, 'case', caseId, 'update', null, { checklistItem: item });
      refreshCase(ctx, caseId);
    });
    return caseDetail(ctx, caseId);
  },

  /** Only an item the user added can go; its attached files stay in the history. */
  'documents.removeCustom': ({ caseId, itemKey }, ctx) => {
    requireWritableCase(ctx, caseId);
    const item = ctx.repos.customItems.forCase(caseId).find((i) => i.key === itemKey);
    if (!item) throw new AppError('invalid', 'files.unknownItem', { itemKey }, 'itemKey');
    ctx.repos.transaction(() => {
      ctx.repos.customItems.remove(item.id);
      recordHistory(
        ctx,
        'case',
        caseId,
        'update',
        { checklistItem: item },
        { checklistItem: null },
      );
      refreshCase(ctx, caseId);
    });
    return caseDetail(ctx, caseId);
  },
};
