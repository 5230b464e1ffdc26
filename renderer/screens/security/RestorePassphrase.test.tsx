// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { backupList, JOB, restoredEvent, summary } from '../backups/testBackups';

const DATE = '2026-11-30 10:00 (Asia/Shanghai)';
const OLD = 'west lake in the spring rain';

describe('restoring a backup made under another passphrase', () => {
  it('asks for its passphrase, keeps the dialog on a wrong one, then restores', async () => {
    const backend = installFakeBackend({
      'backups.list': () => backupList([summary({ needsPassphrase: true })]),
      'security.status': () => ({
        encrypted: true,
        locked: false,
        canRemember: false,
        remembered: false,
        running: null,
      }),
      'backups.restore': ({ passphrase }) =>
        passphrase === OLD
          ? { jobId: JOB }
          : failure({
              code: 'invalid',
              field: 'passphrase',
              message: 'That is not the passphrase of this backup, so nothing was restored.',
            }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Restore the backup of ${DATE}` }));
    const dialog = await screen.findByRole('dialog', { name: `Restore the backup of ${DATE}?` });
    const form = within(dialog).getByRole('form', { name: 'Passphrase of this backup' });
    expect(await within(form).findByText(/still opens with today’s passphrase/)).toBeTruthy();
    const field = within(form).getByLabelText('Passphrase of this backup');
    await user.type(field, 'not it');
    await user.click(within(form).getByRole('button', { name: 'Restore this backup' }));
    expect(await within(form).findByText(/not the passphrase of this backup/)).toBeTruthy();
    // Said on the field: its description names the refusal.
    const described = () =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    await waitFor(() => expect(described()).toMatch(/not the passphrase of this backup/));
    expect(screen.getByRole('dialog')).toBeTruthy();

    await user.clear(field);
    await user.type(field, OLD);
    await user.click(within(form).getByRole('button', { name: 'Restore this backup' }));
    expect(backend.callsTo('backups.restore')).toEqual([
      { id: summary().id, location: '/data/xiufu/backups', passphrase: 'not it' },
      { id: summary().id, location: '/data/xiufu/backups', passphrase: OLD },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    act(() => backend.emit('backup.done', restoredEvent()));
    expect(await screen.findByText(/is restored\. What was there before is kept/)).toBeTruthy();
  });
});
