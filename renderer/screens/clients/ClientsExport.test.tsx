// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from '../../../core/types';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const JOB = '5d0c8c1e-3f7b-4b7e-9a51-6c2d9f0e4a10';

const client = (id: number, name: string): Client => ({
  id,
  kind: 'company',
  name,
  idNumber: '91350100M000100Y43',
  address: '',
  legalRep: '',
  contacts: [],
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
  archivedAt: null,
});

/** The client list's Export menu: the list's own input, and what an export that found nothing says. */
describe('Clients: Export', () => {
  it('exports the list as searched to Excel, and says when the export found nothing', async () => {
    const backend = installFakeBackend({
      'clients.list': () => ({ items: [client(1, '福州闽江贸易有限公司')], nextCursor: null }),
      'exports.start': () => ({ jobId: JOB }),
    });
    renderApp('/clients');
    await screen.findByRole('link', { name: '福州闽江贸易有限公司' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export the clients shown' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    await waitFor(() =>
      expect(backend.callsTo('exports.start')).toEqual([
        {
          list: 'clients',
          format: 'xlsx',
          filter: { search: '', archived: false, limit: 50 },
        },
      ]),
    );
    expect(await screen.findByText('Preparing the export…')).toBeTruthy();
    // The list changed meanwhile and holds nothing now: no file, and the user is told.
    act(() => backend.emit('export.done', { jobId: JOB, list: 'clients', ok: true, items: 0 }));
    expect(await screen.findByText(/There is nothing to export/)).toBeTruthy();
    expect(backend.callsTo('exports.read')).toEqual([]);
  });

  it('says an empty list has nothing to export, without starting one', async () => {
    const backend = installFakeBackend({
      'clients.list': () => ({ items: [], nextCursor: null }),
    });
    renderApp('/clients');
    await screen.findByText('No clients yet. Add one with New client.');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export the clients shown' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    expect(await screen.findByText(/There is nothing to export/)).toBeTruthy();
    expect(backend.callsTo('exports.start')).toEqual([]);
  });
});
