/**
 * The commitment letter and the repair application: drafted from case data as a document,
 * edited in the letter screen with its PDF previewed beside it, and saved as numbered
 * versions whose PDF is attached to their checklist item. The preview and the saved file
 * come from the same function (core/pdf renderLetter).
 */
import {
  commitmentLetter,
  docTitle,
  draftDoc,
  repairApplication,
  type LetterKind,
  type LetterVersion,
  type TemplateData,
} from '../../core/documents';
import { renderLetter } from '../../core/pdf';
import { today } from '../../core/today';
import { AppError, notFound } from '../errors';
import { letterFonts } from '../fonts';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
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

type Channels = 'letters.draft' | 'letters.preview' | 'letters.save' | 'letters.list';

export const letterHandlers: HandlerTable<Channels> = {
  'letters.draft': ({ caseId, kind, lang }, ctx) => {
    requireWritableCase(ctx, caseId);
    const itemKey = itemFor(ctx, caseId, kind);
    const draft = (kind === 'commitment' ? commitmentLetter : repairApplication)(
      templateData(ctx, caseId),
      lang,
    );
    return { doc: draftDoc(draft), itemKey };
  },

  'letters.preview': async ({ doc }) => {
    const { bytes, pages } = await renderLetter(doc, letterFonts());
    return { data: Buffer.from(bytes).toString('base64'), pageCount: pages.length };
  },

  'letters.list': ({ caseId, kind }, ctx) => {
    if (!ctx.repos.cases.get(caseId)) throw notFound('case', caseId);
    return ctx.repos.letterVersions.forCase(caseId, kind);
  },

  'letters.save': async ({ caseId, kind, lang, doc }, ctx) => {
    requireWritableCase(ctx, caseId);
    const itemKey = itemFor(ctx, caseId, kind);
    const { bytes } = await renderLetter(doc, letterFonts());
    const version = ctx.repos.letterVersions.nextVersion(caseId, kind);
    const savedBy = actorOf(ctx);
    let saved: LetterVersion | undefined;
    await attach(ctx, {
      caseId,
      itemKey,
      filename: `${docTitle(doc)} v${version} ${today()}.pdf`,
      mime: 'application/pdf',
      source: { bytes },
      alongside: (file) => {
        saved = ctx.repos.letterVersions.add({
          caseId,
          kind,
          lang,
          version,
          doc,
          savedBy,
          fileId: file.id,
        });
        recordHistory(ctx, 'case', caseId, 'update', null, {
          letterVersion: { kind, lang, version, fileId: file.id, filename: file.filename },
        });
      },
    });
    return { detail: caseDetail(ctx, caseId), version: saved! };
  },
};
