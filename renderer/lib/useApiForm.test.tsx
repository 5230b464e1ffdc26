// @vitest-environment jsdom
import '../test/setup';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, TextInput } from '@mantine/core';
import { z } from 'zod';
import type { Result } from '../../api/contract';
import { requiredText } from '../../core/schemas';
import { installFakeBackend } from '../test/fakeBackend';
import { renderWithProviders } from '../test/renderApp';
import { useApiForm } from './useApiForm';

const schema = z.object({ first: requiredText(10), second: requiredText(10) });

/** "First" is shown only on demand, so it registers after "Second" but sits above it. */
function TwoFields({ send }: { send: () => Promise<Result<null>> }) {
  const [shown, setShown] = useState(false);
  const { form, errorOf, submitWith } = useApiForm(schema, { first: '', second: '' });
  const submit = submitWith(send, () => undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {shown && <TextInput label="First" {...form.register('first')} error={errorOf('first')} />}
      <TextInput label="Second" {...form.register('second')} error={errorOf('second')} />
      <Button onClick={() => setShown(true)}>Show first</Button>
      <Button type="submit">Save</Button>
    </form>
  );
}

const ok = async (): Promise<Result<null>> => ({ ok: true, value: null });

describe('useApiForm', () => {
  it('focuses the first invalid field as shown, not as registered', async () => {
    installFakeBackend({});
    renderWithProviders(<TwoFields send={ok} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Show first' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('First')));
    expect(screen.getByLabelText('Second').getAttribute('aria-invalid')).toBe('true');
  });

  it('focuses the field a refused save names', async () => {
    installFakeBackend({});
    const refused = async (): Promise<Result<null>> => ({
      ok: false,
      error: { code: 'conflict', message: 'Taken.', field: 'second' },
    });
    renderWithProviders(<TwoFields send={refused} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Show first' }));
    await user.type(screen.getByLabelText('First'), 'a');
    await user.type(screen.getByLabelText('Second'), 'b');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Taken.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Second')));
  });
});
