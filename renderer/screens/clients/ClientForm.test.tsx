// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderWithProviders } from '../../test/renderApp';
import { ClientForm } from './ClientForm';

const saved: Client = {
  id: 7,
  kind: 'company',
  name: 'Fuzhou Minjiang Trading Co., Ltd.',
  idNumber: '91350100M000100Y43',
  address: '',
  legalRep: 'Lin Wei',
  contacts: [],
  createdAt: '2025-06-03T02:00:00.000Z',
  updatedAt: '2025-06-03T02:00:00.000Z',
  archivedAt: null,
};

describe('ClientForm', () => {
  it('asks a person for no legal representative', async () => {
    installFakeBackend({});
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Legal representative')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Person' }));
    expect(screen.queryByLabelText('Legal representative')).toBeNull();
  });

  it('links a code that exists already to the client that has it', async () => {
    installFakeBackend({
      'clients.create': () =>
        failure({
          code: 'conflict',
          field: 'idNumber',
          message: 'A client with the identifier 91350100M000100Y43 already exists (Minjiang).',
          details: { clientId: 42 },
        }),
    });
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Minjiang again');
    const code = screen.getByLabelText(/^Unified social credit code/);
    await user.type(code, '91350100M000100Y43');
    await user.click(screen.getByRole('button', { name: 'Save client' }));
    const link = await screen.findByRole('link', { name: 'Open the existing client' });
    expect(link.getAttribute('href')).toBe('/clients/42');
    expect(screen.getByText(/already exists \(Minjiang\)/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(code));
  });

  it('shows no error on a contact just added, only once it is left empty or on save', async () => {
    installFakeBackend({});
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    const contact = await screen.findByLabelText(/^Contact name/);
    expect(screen.queryByText('This field is required.')).toBeNull();
    expect(contact.getAttribute('aria-invalid')).not.toBe('true');

    await user.click(screen.getByRole('button', { name: 'Save client' }));
    // After the save: every empty required field says so, the first of them has the focus.
    expect((await screen.findAllByText('This field is required.')).length).toBeGreaterThan(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Name/)));
  });

  it('says which check character a mistyped unified social credit code should end with', async () => {
    installFakeBackend({});
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    const code = await screen.findByLabelText(/^Unified social credit code/);
    await user.type(code, '91350100M000100Y44');
    expect(await screen.findByText(/should be "3", not "4"/)).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
  });

  it('labels the identifier for a person and saves a valid company', async () => {
    const backend = installFakeBackend({ 'clients.create': () => saved });
    const onSaved = vi.fn();
    renderWithProviders(<ClientForm onSaved={onSaved} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Person' }));
    expect(screen.getByLabelText(/^Resident identity card number/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Company' }));

    await user.type(screen.getByLabelText(/^Name/), saved.name);
    await user.type(screen.getByLabelText(/^Unified social credit code/), ' 91350100m000100y43 ');
    await user.type(screen.getByLabelText('Legal representative'), 'Lin Wei');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByLabelText(/^Contact name/), 'Chen Jing');
    await user.type(screen.getByLabelText('Phone'), '+86 591 8888 0000');
    await user.click(screen.getByRole('button', { name: 'Save client' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(backend.callsTo('clients.create')).toEqual([
      {
        kind: 'company',
        name: saved.name,
        idNumber: '91350100M000100Y43',
        address: '',
        legalRep: 'Lin Wei',
        contacts: [{ name: 'Chen Jing', role: '', phone: '+86 591 8888 0000', email: '' }],
      },
    ]);
  });

  it('puts a backend error that names a field on that field', async () => {
    installFakeBackend({
      'clients.create': () => ({
        ok: false,
        error: {
          code: 'conflict',
          field: 'idNumber',
          message: 'A client with the identifier 91350100M000100Y43 already exists.',
        },
      }),
    });
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Copy Co.');
    await user.type(screen.getByLabelText(/^Unified social credit code/), '91350100M000100Y43');
    await user.click(screen.getByRole('button', { name: 'Save client' }));
    expect(await screen.findByText(/already exists/)).toBeTruthy();
    expect(screen.getByLabelText(/^Unified social credit code/).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});
