// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecoveryStatus } from '../../../core/backups';
import type { SecurityStatus } from '../../../core/crypt';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const locked: SecurityStatus = {
  encrypted: true,
  locked: true,
  canRemember: false,
  remembered: false,
  running: null,
};

describe('unlock screen', () => {
  it('comes first; a wrong passphrase is said on its field; the right one opens the app', async () => {
    let status: RecoveryStatus = { mode: 'locked', dataDir: '/data/xiufu' };
    const backend = installFakeBackend({
      'recovery.status': () => status,
      'security.status': () => locked,
      'security.unlock': ({ passphrase }) => {
        if (passphrase !== 'the right passphrase')
          return failure({
            code: 'invalid',
            field: 'passphrase',
            message: 'That passphrase does not unlock this data.',
          });
        status = { mode: 'normal', dataDir: '/data/xiufu' };
        return { unlocked: true };
      },
    });
    renderApp('/cases');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock your data' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    // The browser shell says why it cannot remember the passphrase.
    expect(screen.getByText(/only available in the desktop app/)).toBeTruthy();

    await user.type(screen.getByLabelText('Passphrase'), 'a wrong one');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That passphrase does not unlock this data.')).toBeTruthy();

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'the right passphrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(backend.callsTo('security.unlock').at(-1)).toEqual({
      passphrase: 'the right passphrase',
      remember: false,
    });
  });

  it('offers "Remember on this computer" where the shell can keep the key', async () => {
    installFakeBackend({
      'recovery.status': () => ({ mode: 'locked', dataDir: '/data/xiufu' }),
      'security.status': () => ({ ...locked, canRemember: true }),
    });
    renderApp('/cases');
    expect(await screen.findByRole('checkbox', { name: /Remember on this computer/ })).toBeTruthy();
  });
});
