// @vitest-environment jsdom
import '../test/setup';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Modal } from '@mantine/core';
import dayjs from 'dayjs';
import { z } from 'zod';
import { today } from '../../core/today';
import { optionalDate, plainDate } from '../../core/schemas';
import { installFakeBackend } from '../test/fakeBackend';
import { renderWithProviders } from '../test/renderApp';
import { useApiForm } from '../lib/useApiForm';
import { DateField } from './DateField';

const schema = z.object({ day: plainDate, until: optionalDate });
type Values = z.input<typeof schema>;

function DatesForm({ initial, onSave }: { initial: Values; onSave: (v: unknown) => void }) {
  const { form, errorOf, handleSubmit } = useApiForm(schema, initial);
  const submit = handleSubmit((v) => onSave(v));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DateField control={form.control} name="day" label="Day" error={errorOf('day')} />
      <DateField
        control={form.control}
        name="until"
        label="Until"
        optional
        error={errorOf('until')}
      />
      <Button type="submit">Save</Button>
      <Button onClick={() => form.reset({ day: '', until: '' })}>Reset</Button>
    </form>
  );
}

describe('DateField', () => {
  it('takes a typed YYYY-MM-DD and a day picked in the calendar, as strings', async () => {
    installFakeBackend({});
    const onSave = vi.fn();
    renderWithProviders(<DatesForm initial={{ day: '', until: '' }} onSave={onSave} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Day'), '2025-06-03');
    // Typing leaves no calendar over the fields below.
    await waitFor(() => expect(screen.queryByRole('button', { name: '3 June 2025' })).toBeNull());
    await user.tab();
    // An empty date's calendar opens at this month.
    const fifteenth = `${today().slice(0, 8)}15`;
    await user.click(screen.getByLabelText('Until'));
    await user.click(
      await screen.findByRole('button', { name: dayjs(fifteenth).format('D MMMM YYYY') }),
    );
    expect((screen.getByLabelText('Until') as HTMLInputElement).value).toBe(fifteenth);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toEqual({ day: '2025-06-03', until: fifteenth });
  });

  it('keeps a text that is no date, for the schema to say so, and clears an optional date', async () => {
    installFakeBackend({});
    renderWithProviders(
      <DatesForm initial={{ day: '2025-06-03', until: '2025-07-01' }} onSave={() => undefined} />,
    );
    const user = userEvent.setup();
    const day = (await screen.findByLabelText('Day')) as HTMLInputElement;
    expect(day.value).toBe('2025-06-03');
    await user.clear(day);
    await user.type(day, '2025-02-30');
    await user.tab();
    expect(day.value).toBe('2025-02-30');
    expect(await screen.findByText(/YYYY-MM-DD/)).toBeTruthy();
    expect(day.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Clear date' }));
    expect((screen.getByLabelText('Until') as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(day.isConnected ? day.value : '').toBe(''));
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('');
  });

  it('closes its calendar on Escape, and only its calendar inside a dialog', async () => {
    installFakeBackend({});
    const onClose = vi.fn();
    renderWithProviders(
      <Modal opened onClose={onClose} title="Log filing">
        <DatesForm initial={{ day: '2025-06-03', until: '' }} onSave={() => undefined} />
      </Modal>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Day'));
    expect(await screen.findByRole('button', { name: '3 June 2025' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('button', { name: '3 June 2025' })).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the calendar in Chinese when the UI is', async () => {
    installFakeBackend({}, { language: 'zh', userName: '李娜' });
    renderWithProviders(
      <DatesForm initial={{ day: '2025-06-03', until: '' }} onSave={() => undefined} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Day'));
    expect(await screen.findByText('2025年6月')).toBeTruthy();
  });
});
