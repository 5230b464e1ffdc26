// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SecurityStatus } from '../../../core/crypt';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const JOB = '5d0c1d0e-9d55-4a8e-9b7e-0a1b2c3d4e5f';
const PASS = 'west lake in the spring rain';

describe('Settings › Security', () => {
  it('turns encryption on with a passphrase typed twice, showing the re-key until it ends', async () => {
    let status: SecurityStatus = {
      encrypted: false,
      locked: false,
      canRemember: false,
      remembered: false,
      running: null,
    };
    const backend = installFakeBackend({
      'security.status': () => status,
      'security.enable': () => ({ jobId: JOB }),
      'backups.list': () => ({
        backups: [],
        locations: [],
        current: null,
        retention: { keepDaily: 7, keepWeekly: 4 },
        running: null,
        canPickFolder: false,
      }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Turn on encryption' });
    expect(screen.getByText('A lost passphrase means lost data')).toBeTruthy();
    expect(screen.getByRole('note', { name: 'A lost passphrase means lost data' })).toBeTruthy();

    await user.type(within(form).getByLabelText('Passphrase'), 'short');
    await user.type(within(form).getByLabelText('Type the passphrase again'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Turn on encryption' }));
    expect(await within(form).findByText(/at least 10 characters/)).toBeTruthy();
    expect(backend.callsTo('security.enable')).toEqual([]);

    await user.clear(within(form).getByLabelText('Passphrase'));
    await user.type(within(form).getByLabelText('Passphrase'), PASS);
    await user.clear(within(form).getByLabelText('Type the passphrase again'));
    await user.type(within(form).getByLabelText('Type the passphrase again'), `${PASS}!`);
    await user.click(within(form).getByRole('button', { name: 'Turn on encryption' }));
    expect(await within(form).findByText(/The two passphrases differ/)).toBeTruthy();
    expect(backend.callsTo('security.enable')).toEqual([]);

    await user.clear(within(form).getByLabelText('Type the passphrase again'));
    await user.type(within(form).getByLabelText('Type the passphrase again'), PASS);
    await user.click(within(form).getByRole('button', { name: 'Turn on encryption' }));
    expect(backend.callsTo('security.enable')).toEqual([{ passphrase: PASS, confirm: PASS }]);

    act(() =>
      backend.emit('security.progress', {
        jobId: JOB,
        op: 'enable',
        step: 'rekey',
        done: 1,
        total: 3,
      }),
    );
    expect(await screen.findByText(/Re-encrypting the database/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();

    status = { ...status, encrypted: true };
    act(() => backend.emit('security.done', { jobId: JOB, op: 'enable', ok: true }));
    expect(await screen.findByText('Encryption is on.')).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Change the passphrase' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Turn off encryption' })).toBeTruthy();
  });

  it('says a passphrase change whose file re-encryption was stopped is done, with the rest to come', async () => {
    const running = {
      jobId: JOB,
      op: 'change' as const,
      step: 'files' as const,
      done: 3,
      total: 10,
    };
    const backend = installFakeBackend({
      'security.status': () => ({
        encrypted: true,
        locked: false,
        canRemember: false,
        remembered: false,
        running,
      }),
      'security.cancel': () => ({ cancelled: true }),
      'backups.list': () => ({
        backups: [],
        locations: [],
        current: null,
        retention: { keepDaily: 7, keepWeekly: 4 },
        running: null,
        canPickFolder: false,
      }),
    });
    renderApp('/settings');
    const user = userEvent.setup();
    expect(await screen.findByText(/Re-encrypting attached files: 3 of 10/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(backend.callsTo('security.cancel')).toEqual([{ jobId: JOB }]);
    act(() =>
      backend.emit('security.done', { jobId: JOB, op: 'change', ok: true, unfinished: true }),
    );
    expect(
      await screen.findByText(
        /The passphrase is changed. Re-encrypting the attached files was stopped/,
      ),
    ).toBeTruthy();
  });
});
