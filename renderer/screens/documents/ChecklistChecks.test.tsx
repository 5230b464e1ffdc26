// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail, CaseFile } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

const UPLOAD_ID = '0b0f6a52-8f0e-4c4b-9d6e-3a1f2c9b7e10';
const LABEL = 'Attach a file to Business licence';
const noProblems = () => ({ problems: [], paper: [], enclosed: 0 });

const notes: CaseFile = {
  id: 9,
  caseId: 7,
  itemKey: 'business-licence',
  sha256: 'cd'.repeat(32),
  filename: 'notes.txt',
  mime: 'text/plain',
  size: 5,
  addedAt: '2026-11-22T02:00:00.000Z',
  addedBy: 'Li',
  notEmbeddable: 'type',
};
const withFile = (file: CaseFile): CaseDetail => ({
  ...detail,
  checklist: detail.checklist.map((i) =>
    i.documentId === file.itemKey ? { ...i, files: [file] } : i,
  ),
});

describe('files checked as documents', () => {
  it('refuses an empty file before sending a byte', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'packets.preflight': noProblems,
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText(LABEL),
      new File([], 'proof.pdf', { type: 'application/pdf' }),
    );
    expect(
      await screen.findByText(/“proof.pdf” is empty \(0 bytes\), so nothing was attached/),
    ).toBeTruthy();
    expect(backend.callsTo('uploads.begin')).toHaveLength(0);
  });

  it('shows the backend’s refusal of an unreadable file on its item', async () => {
    installFakeBackend({
      'cases.get': () => detail,
      'packets.preflight': noProblems,
      'uploads.begin': () => ({ uploadId: UPLOAD_ID }),
      'uploads.chunk': () => ({ received: 17, size: 17 }),
      'uploads.finish': () =>
        failure({
          code: 'invalid',
          field: 'file',
          message: '“fake.pdf” starts like a PDF document but cannot be read.',
        }),
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText(LABEL),
      new File(['%PDF-1.4\n%garbage'], 'fake.pdf', { type: 'application/pdf' }),
    );
    const card = screen.getByTestId('checklist-item-business-licence');
    expect(await within(card).findByRole('alert')).toBeTruthy();
    expect(within(card).getByText(/cannot be read/)).toBeTruthy();
  });

  it('says at once and on the file that supporting material is not in the packet', async () => {
    let current = detail;
    installFakeBackend({
      'cases.get': () => current,
      'packets.preflight': noProblems,
      'uploads.begin': () => ({ uploadId: UPLOAD_ID }),
      'uploads.chunk': () => ({ received: 5, size: 5 }),
      'uploads.finish': () => (current = withFile(notes)),
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText(LABEL),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    );
    expect(
      await screen.findByText(
        '“notes.txt” was kept as supporting material; it does not count as “Business licence” received.',
      ),
    ).toBeTruthy();
    const card = screen.getByTestId('checklist-item-business-licence');
    await waitFor(() => expect(within(card).getByText('Not in the packet')).toBeTruthy());
    expect(within(card).getByText(/the packet can hold only PDF, PNG and JPEG files/)).toBeTruthy();
  });

  it('"paper original received" asks where the original is, and the item says so', async () => {
    let current = detail;
    const backend = installFakeBackend({
      'cases.get': () => current,
      'packets.preflight': noProblems,
      'documents.set': (input) =>
        (current = {
          ...detail,
          checklist: detail.checklist.map((i) =>
            i.documentId === input.documentId
              ? { ...i, status: input.status, note: input.note ?? '' }
              : i,
          ),
        }),
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Business licence' }));
    await user.click(screen.getByRole('option', { name: 'Paper original received' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Paper original of “Business licence” received',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Say where the paper original is/)).toBeTruthy();
    expect(backend.callsTo('documents.set')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Where is the original/ }),
      'In the office safe',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(backend.callsTo('documents.set')[0]).toMatchObject({
        status: 'paperOriginal',
        note: 'In the office safe',
      }),
    );
    const card = screen.getByTestId('checklist-item-business-licence');
    expect(await within(card).findByText('Paper original')).toBeTruthy();
    expect(within(card).getByText('In the office safe')).toBeTruthy();
  });
});
