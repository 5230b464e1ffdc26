// @vitest-environment jsdom
import './test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeBackend } from './test/fakeBackend';
import { renderApp } from './test/renderApp';

describe('skip link', () => {
  it('is the first Tab stop, shows itself on focus and moves the focus to the screen', async () => {
    installFakeBackend({});
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const user = userEvent.setup();

    await user.tab();
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.activeElement).toBe(link);
    expect(link.style.left).toBe('8px');

    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(link.style.left).not.toBe('8px');
    // Still on Settings: the hash router did not read "#main-content" as a route.
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it('reads in Chinese', async () => {
    installFakeBackend({}, { language: 'zh', userName: '李娜' });
    renderApp('/');
    await waitFor(() => expect(screen.getByRole('link', { name: '跳至主要内容' })).toBeTruthy());
  });
});
