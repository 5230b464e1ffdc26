// @vitest-environment jsdom
import '../../test/setup';
import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { instantDateTime } from '../../../core/instant';
import { DEFAULT_TIME_ZONE, setTimeZone, timeZone } from '../../../core/today';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

afterEach(() => setTimeZone(DEFAULT_TIME_ZONE));

describe('Settings › time zone', () => {
  it('applies the saved zone as soon as the app loads', async () => {
    installFakeBackend({}, { timeZone: 'Europe/Berlin' });
    renderApp('/settings');
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect((zone as HTMLInputElement).value).toBe('Europe/Berlin');
    expect(timeZone()).toBe('Europe/Berlin');
    expect(instantDateTime('2026-11-30T16:38:00Z')).toBe('2026-11-30 17:38 (Europe/Berlin)');
  });

  it('finds a zone by typing, names it in a preview, saves it and applies it at once', async () => {
    const backend = installFakeBackend({});
    renderApp('/settings');
    const user = userEvent.setup();
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect(screen.getByText(/^Now in this zone: .* \(Asia\/Shanghai\)$/)).toBeTruthy();

    await user.clear(zone);
    await user.type(zone, 'Auckl');
    await user.click(await screen.findByRole('option', { name: 'Pacific/Auckland' }));
    expect(await screen.findByText(/^Now in this zone: .* \(Pacific\/Auckland\)$/)).toBeTruthy();
    // Not saved yet: leaving asks.
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);

    const days = screen.getByRole('textbox', { name: 'Calendar reminder (days before)' });
    await user.clear(days);
    expect(
      await screen.findByText(
        'Enter a whole number of days from 0 to 30; 0 exports the calendar without reminders.',
      ),
    ).toBeTruthy();
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Save time settings' }));
    expect(await screen.findByText('Time settings saved.')).toBeTruthy();
    expect(backend.callsTo('settings.update')).toEqual([
      { timeZone: 'Pacific/Auckland', icsReminderDays: 7 },
    ]);
    expect(timeZone()).toBe('Pacific/Auckland');
  });
});
