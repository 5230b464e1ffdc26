// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecoveryStatus } from '../../../core/backups';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { backupList, JOB, restoredEvent, summary } from '../backups/testBackups';

const FILE = '/data/xiufu/xiufu.db';
const recovery = (over: Partial<Extract<RecoveryStatus, { mode: 'recovery' }>> = {}) =>
  ({
    mode: 'recovery',
    dataDir: '/data/xiufu',
    file: FILE,
    problem: { kind: 'empty' },
    message: `The data file ${FILE} is empty (0 bytes): a crash or a full disk may have cut it short. It was not changed.`,
    latest: summary(),
    canSwitchFolder: false,
    ...over,
  }) satisfies RecoveryStatus;

describe('recovery screen', () => {
  it('is all there is; restoring the latest backup brings the normal screens back', async () => {
    let status: RecoveryStatus = recovery();
    const backend = installFakeBackend({
      'recovery.status': () => status,
      'backups.list': () => backupList([summary()], { current: null }),
      'backups.restore': () => ({ jobId: JOB }),
    });
    renderApp('/cases');
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Xiufu cannot open its data file' }),
    ).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText(/is empty \(0 bytes\)/).textContent).toContain(FILE);
    // The browser shell cannot switch folders: it says how to start on another one.
    expect(screen.getByText('XIUFU_DATA_DIR=/path/to/folder npm run serve')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open another folder…' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Restore the latest backup…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('cannot be read').length).toBeGreaterThan(0);
    expect(
      within(dialog).getByText(/keeps the data file as it is now, byte for byte/),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    expect(backend.callsTo('backups.restore')).toEqual([
      { id: summary().id, location: '/data/xiufu/backups' },
    ]);

    status = { mode: 'normal', dataDir: '/data/xiufu' };
    act(() => backend.emit('backup.done', restoredEvent()));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Xiufu cannot open its data file' })).toBeNull();
  });

  it('without a verified backup says so; the desktop opens another folder; Quit quits', async () => {
    const backend = installFakeBackend({
      'recovery.status': () => recovery({ latest: null, canSwitchFolder: true }),
      'backups.list': () => backupList([], { current: null }),
      'folders.pick': () => ({ path: '/media/usb/Xiufu' }),
      'recovery.openFolder': () => ({ opened: true }),
      'recovery.quit': () => ({ quitting: true }),
    });
    renderApp('/');
    const user = userEvent.setup();
    expect(await screen.findByText(/There is no verified backup in this data folder/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open another folder…' }));
    expect(backend.callsTo('recovery.openFolder')).toEqual([{ path: '/media/usb/Xiufu' }]);
    await user.click(screen.getByRole('button', { name: 'Quit Xiufu' }));
    expect(await screen.findByText('Xiufu has stopped. You can close this window.')).toBeTruthy();
  });
});
