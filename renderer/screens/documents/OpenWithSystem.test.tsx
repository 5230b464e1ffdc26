// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail, CaseFile } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

const REFUSAL =
  '“营业执照.pdf.exe” is named as a PDF document, but its content is a program, installer or shortcut. Xiufu does not open it with another app.';

const file = (filename: string, mime: string): CaseFile => ({
  id: 9,
  caseId: 7,
  itemKey: 'business-licence',
  sha256: 'cd'.repeat(32),
  filename,
  mime,
  size: 512,
  addedAt: '2026-11-22T02:00:00.000Z',
  addedBy: 'Li',
  notEmbeddable: 'type',
});
const withFile = (f: CaseFile): CaseDetail => ({
  ...detail,
  checklist: detail.checklist.map((i) => (i.documentId === f.itemKey ? { ...i, files: [f] } : i)),
});
const noProblems = () => ({ problems: [], paper: [], enclosed: 0 });

async function openPreview(f: CaseFile) {
  renderApp('/cases/7?tab=documents');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: f.filename }));
  const dialog = await screen.findByRole('dialog', { name: f.filename });
  await user.click(within(dialog).getByRole('button', { name: 'Open with system app' }));
  return user;
}

describe('opening a file with the system app', () => {
  it('warns about a refused file and shows it in its folder only when the user confirms', async () => {
    const exe = file('营业执照.pdf.exe', 'application/x-msdownload');
    const backend = installFakeBackend({
      'cases.get': () => withFile(exe),
      'packets.preflight': noProblems,
      'files.open': ({ reveal }) =>
        reveal
          ? { opened: 'folder', notice: null }
          : failure({ code: 'needs_override', field: 'reveal', message: REFUSAL }),
    });
    const user = await openPreview(exe);
    const warning = await screen.findByRole('dialog', {
      name: 'Not opened: this file may be unsafe',
    });
    expect(within(warning).getByRole('alert').textContent).toBe(REFUSAL);
    expect(within(warning).getByText(/does not open it\. Open it there only if/)).toBeTruthy();
    expect(backend.callsTo('files.open')).toEqual([{ id: 9, reveal: false }]);

    // Cancel: nothing is shown anywhere, and the preview comes back.
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    const preview = await screen.findByRole('dialog', { name: exe.filename });
    expect(backend.callsTo('files.open')).toHaveLength(1);

    await user.click(within(preview).getByRole('button', { name: 'Open with system app' }));
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Not opened: this file may be unsafe' }),
      ).getByRole('button', { name: 'Show in its folder' }),
    );
    expect(
      await screen.findByText(/“营业执照\.pdf\.exe” is shown selected in its folder/),
    ).toBeTruthy();
    expect(backend.callsTo('files.open').at(-1)).toEqual({ id: 9, reveal: true });
  });

  it('says so when a file was opened as what it contains', async () => {
    const docx = file('承诺书.xlsx', 'application/vnd.ms-excel');
    const notice =
      '“承诺书.xlsx” is named as an Excel workbook, but its content is a Word document, so it was opened as a Word document.';
    installFakeBackend({
      'cases.get': () => withFile(docx),
      'packets.preflight': noProblems,
      'files.open': () => ({ opened: 'app', notice }),
    });
    await openPreview(docx);
    const dialog = screen.getByRole('dialog', { name: docx.filename });
    const status = await within(dialog).findByRole('status');
    expect(within(status).getByText('Opened as what the file contains')).toBeTruthy();
    expect(within(status).getByText(notice)).toBeTruthy();
  });

  it('shows any other failure as an error, with no way to reveal', async () => {
    const docx = file('承诺书.docx', 'application/octet-stream');
    installFakeBackend({
      'cases.get': () => withFile(docx),
      'packets.preflight': noProblems,
      'files.open': () =>
        failure({ code: 'conflict', message: 'The system could not open "承诺书.docx": no app' }),
    });
    await openPreview(docx);
    await waitFor(() => expect(screen.getByText(/could not open/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Show in its folder' })).toBeNull();
  });
});
