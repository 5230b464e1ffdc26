// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { draftDoc, type LetterVersion } from '../../../core/documents';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

// jsdom draws no canvas: the pages stand in as named images.
vi.mock('./pdfPages', () => ({
  drawPdfPages: (_: Uint8Array, __: number, label: (n: number, total: number) => string) => {
    const page = document.createElement('canvas');
    page.setAttribute('role', 'img');
    page.setAttribute('aria-label', label(1, 1));
    return Promise.resolve([page]);
  },
}));

const DRAFTS = {
  en: draftDoc({ title: 'Integrity Commitment Letter', paragraphs: ['We commit.'] }),
  zh: draftDoc({ title: '守信承诺书', paragraphs: ['本单位承诺。'] }),
};

function backendWith(versions: LetterVersion[] = [], language: 'en' | 'zh' = 'en') {
  return installFakeBackend(
    {
      'cases.get': () => detail,
      'letters.draft': (input) => ({
        doc: DRAFTS[input.lang],
        itemKey: 'integrity-commitment-letter',
      }),
      'letters.list': () => versions,
      'letters.preview': () => ({ data: 'JVBERi0=', pageCount: 1 }),
      'letters.save': (input) => ({
        detail,
        version: {
          id: 1,
          caseId: 7,
          kind: input.kind,
          lang: input.lang,
          version: versions.length + 1,
          doc: input.doc as LetterVersion['doc'],
          savedAt: '2026-12-01T03:00:00.000Z',
          savedBy: 'Li',
          fileId: 9,
        },
      }),
    },
    { language },
  );
}

async function openLetter() {
  renderApp('/cases/7?tab=documents');
  const open = await screen.findByRole(
    'button',
    { name: /^(Commitment letter|承诺书)$/ },
    { timeout: 5000 },
  );
  await userEvent.click(open);
  return screen.findByRole('dialog', { name: /Commitment letter|承诺书/ });
}

describe('the letter screen', () => {
  it('drafts the letter into the editor, previews it, and saves it as version 1', async () => {
    const backend = backendWith();
    const dialog = await openLetter();
    const editor = await within(dialog).findByRole('textbox', { name: 'Letter text' });
    await waitFor(() =>
      expect(within(editor).getByRole('heading', { level: 1 }).textContent).toBe(
        'Integrity Commitment Letter',
      ),
    );
    for (const name of [
      'Bold',
      'Italic',
      'Underline',
      'Bulleted list',
      'Numbered list',
      'Undo',
      'Redo',
    ])
      expect(within(dialog).getByRole('button', { name })).toBeTruthy();
    const preview = within(dialog).getByRole('region', { name: 'PDF preview' });
    expect(await within(preview).findByRole('img', { name: 'Page 1 of 1' })).toBeTruthy();
    expect(within(preview).getByText('1 page')).toBeTruthy();
    expect(backend.callsTo('letters.preview')[0]).toEqual({ doc: DRAFTS.en });
    expect(within(dialog).getByText(/No saved versions yet/)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save version' }));
    await waitFor(() => expect(backend.callsTo('letters.save')).toHaveLength(1));
    expect(backend.callsTo('letters.save')[0]).toEqual({
      caseId: 7,
      kind: 'commitment',
      lang: 'en',
      doc: DRAFTS.en,
    });
    expect(
      await within(dialog).findByText(
        'Saved as version 1 and attached to “Integrity commitment letter”.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Open version 1' })).toBeTruthy();
    expect(within(dialog).getByText('Editing version 1: saving makes a new version.')).toBeTruthy();
  });

  it('reopens a saved version and redrafts in the other language', async () => {
    const saved = {
      id: 4,
      caseId: 7,
      kind: 'commitment' as const,
      lang: 'zh' as const,
      version: 1,
      doc: draftDoc({ title: '守信承诺书（修订）', paragraphs: ['旧稿。'] }),
      savedAt: '2026-12-01T03:00:00.000Z',
      savedBy: '李娜',
      fileId: 9,
    };
    const backend = backendWith([saved]);
    const dialog = await openLetter();
    const editor = await within(dialog).findByRole('textbox', { name: 'Letter text' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Open version 1' }));
    await waitFor(() =>
      expect(within(editor).getByRole('heading', { level: 1 }).textContent).toBe(
        '守信承诺书（修订）',
      ),
    );
    expect(within(dialog).getByRole('radio', { name: '简体中文' })).toHaveProperty('checked', true);

    await userEvent.click(within(dialog).getByText('English', { selector: 'label *, label' }));
    await waitFor(() =>
      expect(within(editor).getByRole('heading', { level: 1 }).textContent).toBe(
        'Integrity Commitment Letter',
      ),
    );
    expect(backend.callsTo('letters.draft').map((c) => c.lang)).toEqual(['en', 'en']);
  });

  it('names the toolbar in Chinese when the interface is in Chinese', async () => {
    backendWith([], 'zh');
    const dialog = await openLetter();
    await within(dialog).findByRole('textbox', { name: '文书正文' });
    for (const name of ['加粗', '斜体', '下划线', '项目符号列表', '编号列表', '撤销', '重做'])
      expect(within(dialog).getByRole('button', { name })).toBeTruthy();
  });
});
