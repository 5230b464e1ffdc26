/**
 * The commitment letter and the repair application: drafted from case data, edited by
 * the user, rendered to PDF with an embedded Chinese font and attached to their checklist item.
 */
import {
  commitmentLetter,
  repairApplication,
  type LetterKind,
  type TemplateData,
} from '../../core/documents';
import { renderTextDocument } from '../../core/pdf';
import { today } from '../../core/today';
import { AppError } from '../errors';
import { pdfFont } from '../fonts';
import type { HandlerContext, HandlerTable } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { attach, checklistKeys } from './files';

/** Which checklist item each letter fills, in order of preference (the regime names it). */
const ITEMS: Record<LetterKind, string[]> = {
  commitment: [
    'integrity-commitment-letter',
    'credit-commitment-letter',
    'tax-integrity-commitment',
  ],
  application: ['repair-application', 'application-form', 'stop-publication-form'],
};

function itemFor(ctx: HandlerContext, caseId: number, kind: LetterKind): string {
  const keys = checklistKeys(ctx, caseId);
  const key = ITEMS[kind].find((k) => keys.includes(k));
  if (!key) throw new AppError('conflict', 'letters.noItem', {}, 'kind');
  return key;
}

export function templateData(ctx: HandlerContext, caseId: number): TemplateData {
  const record = ctx.repos.cases.get(caseId)!;
  const client = ctx.repos.clients.get(record.clientId)!;
  return {
    client: {
      kind: client.kind,
      name: client.name,
      idNumber: client.idNumber,
      legalRep: client.legalRep,
      address: client.address,
    },
    listings: ctx.repos.listings.forCase(caseId).filter((l) => l.archivedAt === null),
    date: today(),
    preparer: ctx.repos.settings.get().userName,
  };
}

export const letterHandlers: HandlerTable<'letters.draft' | 'letters.save'> = {
  'letters.draft': ({ caseId, kind, lang }, ctx) => {
    requireWritableCase(ctx, caseId);
    const itemKey = itemFor(ctx, caseId, kind);
    const draft = (kind === 'commitment' ? commitmentLetter : repairApplication)(
      templateData(ctx, caseId),
      lang,
    );
    return { ...draft, itemKey };
  },

  'letters.save': async ({ caseId, kind, title, paragraphs }, ctx) => {
    requireWritableCase(ctx, caseId);
    const itemKey = itemFor(ctx, caseId, kind);
    const bytes = await renderTextDocument({ title, paragraphs }, { fontBytes: pdfFont() });
    await attach(ctx, {
      caseId,
      itemKey,
      filename: `${title} ${today()}.pdf`,
      mime: 'application/pdf',
      source: { bytes },
    });
    return caseDetail(ctx, caseId);
  },
};
