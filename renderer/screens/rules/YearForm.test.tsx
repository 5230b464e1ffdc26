// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const MOVED = {
  caseId: 7,
  clientName: 'Fuzhou Minjiang Trading Co., Ltd.',
  dates: [
    {
      kind: 'firstWorkingDayToFile' as const,
      listingId: 12,
      listing: {
        en: 'SAMR seriously illegal and dishonest list 闽市监严〔2026〕3号',
        zh: '市场监管 严重违法失信名单（闽市监严〔2026〕3号）',
      },
      before: { date: '2027-06-04', provisional: true },
      after: { date: '2027-06-07', provisional: false },
    },
  ],
};

function backend() {
  return installFakeBackend({
    'calendars.list': () => ({ official: [], user: [] }),
    'calendars.preview': (input) => ({ year: input.year, changes: [MOVED] }),
    'calendars.save': () =>
      failure({ code: 'invalid', field: 'makeupWorkdays.0', message: 'Already taken.' }),
  });
}

describe('YearForm', () => {
  it('says a weekday cannot be a make-up working day, at the field', async () => {
    backend();
    renderApp('/rules/calendars/new?year=2027');
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Add a holiday year' }),
    ).toBeTruthy();
    // The form appears once calendars.list has answered (an edit needs the saved year).
    expect(((await screen.findByLabelText('Year')) as HTMLInputElement).value).toBe('2027');
    await user.click(screen.getByRole('button', { name: 'Add make-up working day' }));
    const makeup = screen.getByLabelText('Make-up working day 1');
    await user.type(makeup, '2027-06-09');

    expect(
      await screen.findByText(
        '2027-06-09 is a weekday; a make-up working day (调休上班日) is always a Saturday or Sunday.',
      ),
    ).toBeTruthy();
    expect(makeup.getAttribute('aria-invalid')).toBe('true');

    await user.clear(makeup);
    await user.type(makeup, '2027-06-12');
    await waitFor(() => expect(makeup.getAttribute('aria-invalid')).not.toBe('true'));
  });

  it('previews the moved dates with the core schema’s values, and puts a save error on its field', async () => {
    const fake = backend();
    renderApp('/rules/calendars/new?year=2027');
    const user = userEvent.setup();

    const holiday = await screen.findByRole('group', { name: 'Holiday 1' });
    await user.type(within(holiday).getByLabelText('Name'), '端午节');
    await user.type(within(holiday).getByLabelText('First day'), '2027-06-04');
    await user.type(within(holiday).getByLabelText('Last day'), '2027-06-06');
    await user.click(screen.getByRole('button', { name: 'Add make-up working day' }));
    await user.type(screen.getByLabelText('Make-up working day 1'), '2027-06-12');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));

    const preview = await screen.findByRole('region', { name: 'Open cases whose dates change' });
    expect(within(preview).getByRole('link', { name: MOVED.clientName })).toBeTruthy();
    expect(within(preview).getByText('First working day to file')).toBeTruthy();
    // The listing is named by regime and decision number, never by its internal id.
    expect(
      within(preview).getByText('SAMR seriously illegal and dishonest list 闽市监严〔2026〕3号'),
    ).toBeTruthy();
    expect(within(preview).getByText('2027-06-07')).toBeTruthy();
    expect(within(preview).getByText('provisional')).toBeTruthy();
    expect(fake.callsTo('calendars.preview')[0]).toEqual({
      year: 2027,
      holidays: [{ name: '端午节', start: '2027-06-04', end: '2027-06-06' }],
      makeupWorkdays: ['2027-06-12'],
    });

    await user.click(screen.getByRole('button', { name: 'Save year' }));
    expect(await screen.findByText('Already taken.')).toBeTruthy();
    expect(screen.getByLabelText('Make-up working day 1').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('shows how far the check of the cases got, and stops it', async () => {
    let answer: (value: ReturnType<typeof failure>) => void = () => undefined;
    const fake = installFakeBackend({
      'calendars.list': () => ({ official: [], user: [] }),
      'calendars.preview': () =>
        new Promise<ReturnType<typeof failure>>((resolve) => (answer = resolve)),
      'calendars.cancel': () => ({ cancelled: true }),
    });
    renderApp('/rules/calendars/new?year=2027');
    const user = userEvent.setup();
    const holiday = await screen.findByRole('group', { name: 'Holiday 1' });
    await user.type(within(holiday).getByLabelText('Name'), '端午节');
    await user.type(within(holiday).getByLabelText('First day'), '2027-06-04');
    await user.type(within(holiday).getByLabelText('Last day'), '2027-06-06');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));

    expect(await screen.findByText('Finding the cases this year can move…')).toBeTruthy();
    const stop = screen.getByRole('button', { name: 'Stop checking' });
    expect((stop as HTMLButtonElement).disabled).toBe(true);
    const jobId = '6f1c1f4e-8a55-4c1e-9d0b-3b7f0e2a9c11';
    // Another window's check of another year is not this one.
    fake.emit('calendar.progress', { jobId: 'x', op: 'preview', year: 2028, done: 1, total: 9 });
    fake.emit('calendar.progress', { jobId, op: 'preview', year: 2027, done: 500, total: 1494 });
    expect(await screen.findByText('Checked 500 of 1494 cases')).toBeTruthy();
    expect(
      screen.getByRole('progressbar', { name: 'Checking the cases this year can move' }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(fake.callsTo('calendars.cancel')).toEqual([{ jobId }]);
    answer(failure({ code: 'conflict', message: 'The holiday year was not saved.' }));
    expect(await screen.findByText('The holiday year was not saved.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop checking' })).toBeNull();
  });
});
