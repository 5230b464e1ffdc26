// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

const DRAFTS = {
  en: { title: 'Integrity Commitment Letter', paragraphs: ['To: Hangzhou AMR', 'We commit.'] },
  zh: { title: '守信承诺书', paragraphs: ['致：杭州市市场监督管理局', '本单位承诺。'] },
};

describe('letters', () => {
  it('drafts in the chosen language, checks the title, and saves the edited paragraphs', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'letters.draft': (input) => ({
        ...DRAFTS[input.lang],
        itemKey: 'integrity-commitment-letter',
      }),
      'letters.save': () => detail,
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Commitment letter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Commitment letter' });
    const title = await within(dialog).findByRole('textbox', { name: 'Title' });
    expect((title as HTMLInputElement).value).toBe('Integrity Commitment Letter');
    expect(backend.callsTo('letters.draft')[0]).toEqual({
      caseId: 7,
      kind: 'commitment',
      lang: 'en',
    });

    await user.click(within(dialog).getByRole('radio', { name: '简体中文' }));
    await waitFor(() =>
      expect(
        (within(dialog).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value,
      ).toBe('守信承诺书'),
    );
    expect(backend.callsTo('letters.draft')[1]).toMatchObject({ lang: 'zh' });

    const zhTitle = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(zhTitle);
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    await user.type(zhTitle, '守信承诺书（修订）');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Paragraph 1' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Paragraph 2' }), '特此承诺。');
    await user.click(within(dialog).getByRole('button', { name: 'Add paragraph' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Paragraph 3' }), '附：营业执照');
    await user.click(within(dialog).getByRole('button', { name: 'Save as PDF' }));

    await waitFor(() => expect(backend.callsTo('letters.save')).toHaveLength(1));
    expect(backend.callsTo('letters.save')[0]).toEqual({
      caseId: 7,
      kind: 'commitment',
      lang: 'zh',
      title: '守信承诺书（修订）',
      paragraphs: ['本单位承诺。特此承诺。', '附：营业执照'],
    });
    expect(
      await screen.findByText('Saved as a PDF on “Integrity commitment letter”.'),
    ).toBeTruthy();
  });
});
