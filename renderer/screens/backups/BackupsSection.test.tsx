// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { backupList, JOB, restoredEvent, summary } from './testBackups';

const DATE = '2026-11-30 10:00 (Asia/Shanghai)';

describe('Settings › Backups', () => {
  it('says what to do when there is no backup, and follows a backup with progress and Cancel', async () => {
    const backend = installFakeBackend({
      'backups.list': () => backupList([]),
      'backups.create': () => ({ jobId: JOB }),
      'backups.cancel': () => ({ cancelled: true }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    expect(await screen.findByText(/There is no backup yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(backend.callsTo('backups.create')).toEqual([{}]);
    act(() =>
      backend.emit('backup.progress', {
        jobId: JOB,
        op: 'create',
        phase: 'copyingFiles',
        done: 30,
        total: 120,
      }),
    );
    const bar = await screen.findByRole('progressbar', {
      name: 'Backing up: copying the attachments',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByRole('button', { name: 'Back up now' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Cancel: Backing up' }));
    expect(backend.callsTo('backups.cancel')).toEqual([{ jobId: JOB }]);
    act(() =>
      backend.emit('backup.done', { jobId: JOB, op: 'create', ok: false, cancelled: true }),
    );
    expect(await screen.findByText(/Cancelled\. Nothing was kept/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a damaged backup as damaged, with Restore disabled and the reason', async () => {
    installFakeBackend({
      'backups.list': () =>
        backupList([
          summary({
            status: {
              state: 'damaged',
              checkedAt: '2026-11-30T03:00:00.000Z',
              problems: [
                { kind: 'fileMissing', sha256: 'a'.repeat(64) },
                { kind: 'fileMissing', sha256: 'b'.repeat(64) },
              ],
            },
          }),
        ]),
    });
    renderApp('/settings');
    const restore = await screen.findByRole('button', { name: `Restore the backup of ${DATE}` });
    expect(restore).toHaveProperty('disabled', true);
    const reason = document.getElementById(restore.getAttribute('aria-describedby')!);
    // Two missing files are one sentence.
    expect(reason?.textContent).toBe('Damaged: it cannot be restored. An attachment is missing.');
    expect(screen.getByText('Damaged')).toBeTruthy();
  });

  it('restores only after the comparison is confirmed', async () => {
    const backend = installFakeBackend({
      'backups.list': () => backupList([summary()]),
      'backups.restore': () => ({ jobId: JOB }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Restore the backup of ${DATE}` }));
    const dialog = await screen.findByRole('dialog', { name: `Restore the backup of ${DATE}?` });
    const facts = within(dialog).getByRole('table', {
      name: 'What the backup holds and what is there now',
    });
    const row = (name: string) =>
      within(facts)
        .getAllByRole('row')
        .find((r) => r.querySelector('th')?.textContent === name)!;
    expect(
      within(row('Cases'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '7']);
    expect(within(row('Size of the attachments')).getAllByRole('cell')[0]!.textContent).toBe(
      '2.0 KB',
    );
    expect(within(dialog).getByText(/safety backup of what is there now/)).toBeTruthy();
    expect(backend.callsTo('backups.restore')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    expect(backend.callsTo('backups.restore')).toEqual([
      { id: summary().id, location: '/data/xiufu/backups' },
    ]);
    act(() => backend.emit('backup.done', restoredEvent()));
    expect(await screen.findByText(/is restored\. What was there before is kept/)).toBeTruthy();
  });

  it('checks a typed folder with the schema, and shows the backend’s refusal on the field', async () => {
    const backend = installFakeBackend({
      'backups.list': () => backupList([]),
      'backups.create': ({ to }) =>
        failure({
          code: 'invalid',
          field: 'to',
          message: `The folder ${to} does not exist. Plug in the drive or create the folder, then try again.`,
        }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    const path = await screen.findByRole('textbox', { name: 'Folder to back up to' });
    await user.type(path, 'usb');
    await user.click(screen.getByRole('button', { name: 'Back up to this folder' }));
    expect(await screen.findByText(/Enter the full path of a folder/)).toBeTruthy();
    expect(backend.callsTo('backups.create')).toEqual([]);
    await user.clear(path);
    await user.type(path, '/media/usb');
    await user.click(screen.getByRole('button', { name: 'Back up to this folder' }));
    expect(await screen.findByText(/The folder \/media\/usb does not exist/)).toBeTruthy();
    await waitFor(() => expect(path.getAttribute('aria-invalid')).toBe('true'));
  });
});
