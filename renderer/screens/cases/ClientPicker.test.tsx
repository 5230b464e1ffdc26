// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { client } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

describe('the case form’s client picker', () => {
  it('keeps a name that matches nothing, and Enter offers it as a new client', async () => {
    installFakeBackend({
      'clients.list': ({ search }) => ({
        items: search && client.name.includes(search) ? [client] : [],
        nextCursor: null,
      }),
    });
    renderApp('/cases/new');
    const user = userEvent.setup();
    const picker = await screen.findByRole('combobox', { name: 'Client' });
    await user.type(picker, 'Lumen Optics');
    expect(
      await screen.findByText(/Press Enter to add “Lumen Optics” as a new client\./),
    ).toBeTruthy();

    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'New client' });
    expect((within(dialog).getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Lumen Optics');
    // No submit of the case form: nothing says "required" behind the dialog.
    expect(screen.queryByText('Choose a client or create a new one.')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((picker as HTMLInputElement).value).toBe('Lumen Optics');
    await user.tab();
    expect((picker as HTMLInputElement).value).toBe('Lumen Optics');
  });
});
