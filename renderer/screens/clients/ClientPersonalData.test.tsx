// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClientDetail } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const person: ClientDetail = {
  id: 4,
  kind: 'person',
  name: '张三丰',
  idNumber: '1101**********002X',
  address: '',
  legalRep: '',
  contacts: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null,
  listings: [],
  cases: [],
  history: [],
};

const preview = {
  counts: {
    cases: 1,
    listings: 1,
    events: 0,
    documentNotes: 0,
    customItems: 0,
    files: 2,
    packets: 0,
    historyEntries: 5,
  },
  backups: 3,
};

describe('the client page and personal data', () => {
  it('shows the mask, and the full number only after a reveal', async () => {
    const backend = installFakeBackend({
      'clients.get': () => person,
      'clients.reveal': () => ({ idNumber: '11010519491231002X' }),
    });
    renderApp('/clients/4');
    const user = userEvent.setup();
    expect(await screen.findByText('1101**********002X')).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Reveal the full ID-card number (the reveal is logged)' }),
    );
    expect(await screen.findByText('11010519491231002X')).toBeTruthy();
    expect(backend.callsTo('clients.reveal')).toEqual([{ id: 4, purpose: 'view' }]);
  });

  it('erases only with a reason and the typed name; says how many backups keep the data', async () => {
    const backend = installFakeBackend({
      'clients.get': () => person,
      'personal.preview': () => preview,
      'personal.erase': ({ confirm }) =>
        confirm === person.name
          ? {
              reason: 'asked',
              counts: { ...preview.counts, storedFiles: 2 },
              erasedHistoryIds: [1, 2, 3, 4, 5],
            }
          : failure({
              code: 'invalid',
              message: 'The confirmation does not match.',
              field: 'confirm',
            }),
    });
    renderApp('/clients/4');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Erase personal data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase the personal data of 张三丰' });
    expect(await within(dialog).findByText(/3 backups made before today still hold/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    // Both fields are required, by the same schema as the backend's.
    await waitFor(() =>
      expect(within(dialog).getAllByText('This field is required.')).toHaveLength(2),
    );
    expect(backend.callsTo('personal.erase')).toEqual([]);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for the erasure/ }),
      'asked',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Type the client’s name/ }),
      '张三',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await within(dialog).findByText('The confirmation does not match.')).toBeTruthy();

    await user.type(within(dialog).getByRole('textbox', { name: /Type the client’s name/ }), '丰');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByText(/Personal data erased: 5 history entries emptied/)).toBeTruthy();
    expect(backend.callsTo('personal.erase').at(-1)).toEqual({
      id: 4,
      reason: 'asked',
      confirm: '张三丰',
    });
  });
});
