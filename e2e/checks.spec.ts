/**
 * Documents that really are documents (issue 8): a 0-byte PDF and a 17-byte fake PDF are
 * refused with what is wrong and what to do; a .txt is kept but not counted; a paper
 * original is marked with its note; a packet with a required document missing goes out
 * only through the pre-flight with a written reason, and its index, read back from the
 * PDF, says "not enclosed" for it and names the paper original. In English and 简体中文.
 */
import { readFileSync } from 'node:fs';
import { encodeMessage, translateMessage } from '../core/messages';
import { FAKE_PDF, samplePdf } from '../db/attachments/test-files';
import { attachFile, fileOf, itemCard, pdfText, squeeze } from './checks-pages';
import { expect, test, type Page } from './fixtures';
import {
  api,
  choose,
  fill,
  labels,
  caseTab,
  openRoute,
  sectionOf,
  shotOf,
  switchLanguage,
  type Dict,
  type Lang,
  SAMR_LISTING,
} from './pages';

const COMPANY = { name: '宁波港城物流有限公司', idNumber: '91330100716105852F' };
const SAMR = {
  ...SAMR_LISTING,
  authority: '宁波市市场监督管理局',
  decisionNo: '甬市监严〔2024〕21号',
};

async function setUp(page: Page, lang: Lang) {
  if (lang === 'zh') await switchLanguage(page, 'zh');
  await api(page, 'settings.update', {
    notifications: false,
    userName: lang === 'zh' ? '李顾问' : 'Li Consultant',
  });
  const client = await api(page, 'clients.create', { kind: 'company', ...COMPANY });
  return api(page, 'cases.create', { clientId: client.id, listings: [SAMR] });
}

const statusOf = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`checks: refused files, paper original, packet pre-flight with a reason (${lang})`, async ({
    app,
  }) => {
    const t: Dict = labels(lang);
    const page = app.page;
    const created = await setUp(page, lang);
    const nameOf = (id: string) => created.checklist.find((i) => i.documentId === id)!.name[lang];
    const message = (key: 'files.empty' | 'files.unreadable', filename: string) =>
      translateMessage(
        encodeMessage(key, {
          filename,
          kind: 'a PDF document',
          kindZh: 'PDF 文档',
        }),
        lang,
      );
    await openRoute(page, `/cases/${created.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(COMPANY.name) }),
    ).toBeVisible();
    await caseTab(page, t, 'documents');

    // A 0-byte PDF and the 17-byte fake are refused on the item, which stays missing.
    const proof = nameOf('proof-of-performance');
    const proofCard = itemCard(page, 'proof-of-performance');
    await attachFile(
      page,
      t,
      proof,
      fileOf('empty-receipt.pdf', 'application/pdf', new Uint8Array()),
    );
    await expect(proofCard.getByRole('alert')).toContainText(
      message('files.empty', 'empty-receipt.pdf'),
    );
    await attachFile(page, t, proof, fileOf('receipt.pdf', 'application/pdf', FAKE_PDF));
    await expect(proofCard.getByRole('alert')).toContainText(
      message('files.unreadable', 'receipt.pdf'),
    );
    await expect(proofCard.getByRole('button', { name: 'receipt.pdf', exact: true })).toHaveCount(
      0,
    );
    await expect(statusOf(page, proof)).toHaveValue(t.documents.status.missing);
    await shotOf(proofCard, `checks-refused-${lang}`);

    // A .txt is kept as supporting material: it says so, and the item stays missing.
    const facts = nameOf('statement-of-facts');
    await attachFile(
      page,
      t,
      facts,
      fileOf('facts.txt', 'text/plain', new TextEncoder().encode('The fine was paid.')),
    );
    const factsCard = itemCard(page, 'statement-of-facts');
    await expect(factsCard.getByText(t.fileCheck.notInPacket, { exact: true })).toBeVisible();
    await expect(factsCard).toContainText(t.fileCheck.type);
    await expect(statusOf(page, facts)).toHaveValue(t.documents.status.missing);

    // The business licence: the paper original is at hand, with a note saying where.
    const licence = nameOf('business-licence');
    await choose(page, licence, t.documents.status.paperOriginal);
    const dialog = page.getByRole('dialog', {
      name: fill(t.paperOriginal.title, { name: licence }),
    });
    await dialog.getByRole('button', { name: t.documents.save }).click();
    await expect(
      dialog.getByText(translateMessage('documents.paperOriginalNote', lang)),
    ).toBeVisible();
    const note =
      lang === 'zh'
        ? '原件存放于办公室保险柜，窗口提交时带上'
        : 'Original in the office safe; taken to the counter';
    await dialog
      .getByRole('textbox', { name: new RegExp(t.paperOriginal.note.slice(0, 10)) })
      .fill(note);
    await dialog.getByRole('button', { name: t.documents.save }).click();
    await expect(dialog).toBeHidden();
    const licenceCard = itemCard(page, 'business-licence');
    await expect(licenceCard.getByText(t.paperOriginal.badge, { exact: true })).toBeVisible();
    await expect(licenceCard).toContainText(note);
    await expect(statusOf(page, licence)).toHaveValue(t.documents.status.paperOriginal);

    // Real PDFs for the application, the commitment letter and the statement of facts.
    for (const id of ['repair-application', 'integrity-commitment-letter', 'statement-of-facts']) {
      const file = fileOf(`${id}.pdf`, 'application/pdf', await samplePdf({ text: id }));
      await attachFile(page, t, nameOf(id), file);
      await expect(page.getByRole('button', { name: file.name, exact: true })).toBeVisible();
    }
    await shotOf(sectionOf(page, t.documents.section), `checks-checklist-${lang}`);

    // The pre-flight names the missing proof and the .txt before anything is exported.
    const packetSection = sectionOf(page, t.packets.section);
    const preflight = packetSection
      .getByRole('status')
      .filter({ hasText: fill(t.preflight.problems_other, { count: 2 }) });
    await expect(preflight).toBeVisible();
    await expect(preflight).toContainText(
      lang === 'zh' ? `${proof} — 缺少（尚未收到）` : `${proof} — missing (not received)`,
    );
    await expect(preflight).toContainText(
      lang === 'zh'
        ? `${licence} — 纸质原件，未附：${note}`
        : `${licence} — paper original, not enclosed: ${note}`,
    );
    await packetSection.getByRole('button', { name: t.preflight.exportAnyway }).click();
    await expect(packetSection.getByText(t.preflight.reasonRequired)).toBeVisible();
    await shotOf(packetSection, `checks-preflight-${lang}`);

    const reason =
      lang === 'zh' ? '缴款凭证由客户另行邮寄' : 'The client posts the payment receipt';
    await packetSection.getByRole('textbox', { name: t.preflight.reason }).fill(reason);
    await packetSection.getByRole('button', { name: t.preflight.exportAnyway }).click();
    const result = packetSection
      .getByRole('status')
      .filter({ hasText: fill(t.packetResult.partial_other, { count: 2 }) });
    await expect(result).toBeVisible({ timeout: 60_000 });
    await expect(result).toContainText(fill(t.packetResult.reason, { reason }));
    await shotOf(packetSection, `checks-packet-${lang}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: new RegExp(t.packets.download) }).click(),
    ]);
    const text = squeeze(await pdfText(readFileSync(await download.path())));
    const notEnclosed =
      lang === 'zh'
        ? `未附：${proof} — 缺少（尚未收到）`
        : `Not enclosed: ${proof} — missing (not received)`;
    expect(text).toContain(squeeze(notEnclosed));
    expect(text).toContain(
      squeeze(
        lang === 'zh'
          ? `${licence} — 纸质原件，未附：${note}`
          : `${licence} — paper original, not enclosed: ${note}`,
      ),
    );

    // The history keeps the export with what it left out and the reason.
    await caseTab(page, t, 'history');
    await expect(sectionOf(page, t.case.history)).toContainText(reason);
    await app.shot(`checks-case-${lang}`);
  });
}
