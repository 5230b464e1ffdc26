// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

/** The section a heading titles. */
const sectionOf = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('Settings', () => {
  it('groups the settings, each group with the one save that saves it', async () => {
    const backend = installFakeBackend({});
    renderApp('/settings');
    const user = userEvent.setup();
    await screen.findByLabelText('Your name');

    const you = sectionOf('You and the language');
    expect(within(you).getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(within(you).getByRole('button', { name: 'Save name' })).toBeTruthy();
    const notifications = sectionOf('Notifications');
    expect(within(notifications).getByRole('switch', { name: /Reminders/ })).toBeTruthy();
    expect(within(notifications).queryByRole('button')).toBeNull();
    const clock = sectionOf('Time and calendar export');
    expect(within(clock).getByRole('button', { name: 'Save time settings' })).toBeTruthy();
    expect(within(sectionOf('Where the data lives')).getByLabelText('Data folder')).toBeTruthy();

    await user.type(within(you).getByLabelText('Your name'), 'Li Na');
    await user.click(within(you).getByRole('button', { name: 'Save name' }));
    expect(await within(you).findByRole('status')).toHaveProperty('textContent', 'Name saved.');
    await waitFor(() =>
      expect(backend.callsTo('settings.update')).toEqual([{ userName: 'Li Na' }]),
    );
  });
});
