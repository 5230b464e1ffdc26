// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail, CaseEventView } from '../../../core/types';
import { caseDetail, samrListing } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const UPLOAD_ID = '0b0f6a52-8f0e-4c4b-9d6e-3a1f2c9b7e10';
const logged = { createdAt: '2026-01-05T02:00:00.000Z', createdBy: '李娜', files: [] };
const FILED: CaseEventView = {
  ...logged,
  id: 1,
  type: 'filed',
  date: '2026-01-05',
  channel: 'online',
  reference: '',
  overrideReason: '',
};
const ACCEPTED: CaseEventView = { ...logged, id: 2, type: 'accepted', date: '2026-01-07' };
/** Filed 2026-01-05 under SAMR Order 107 and accepted 2026-01-07. */
const accepted: CaseDetail = {
  ...caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]),
  stage: 'accepted',
  readiness: { ready: true, missing: [], expired: [] },
  events: [FILED, ACCEPTED],
};

async function openDialog(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name }));
  const dialog = await screen.findByRole('dialog', { name });
  return { user, dialog };
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, v: string) {
  const date = within(dialog).getByRole('textbox', { name: 'Date' });
  await user.clear(date);
  await user.type(date, v);
  return date;
}

describe('EventForm checks the event against its case as the user types', () => {
  it('recomputes the filing warning from the date typed now, never an old one', async () => {
    // Listed 2026-03-02: the wait ends 2027-03-02, so the earliest application is 2027-03-03.
    const waiting = {
      ...caseDetail([samrListing(11, '2026-03-02', '杭市监严〔2026〕2号')]),
      stage: 'waiting' as const,
    };
    const backend = installFakeBackend({ 'cases.get': () => waiting });
    renderApp('/cases/7');
    const { user, dialog } = await openDialog('Log filing');

    await typeDate(user, dialog, '2026-06-01');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'The waiting period is not over on 2026-06-01: the earliest application date is 2027-03-03. Choose a filing date from 2027-03-03, or give a written reason to file anyway.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Reason for filing anyway' })).toBeTruthy();

    await typeDate(user, dialog, '2026-07-15');
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toContain('not over on 2026-07-15'),
    );
    expect(within(dialog).getByRole('alert').textContent).not.toContain('2026-06-01');

    // Before the listing: refused at the date itself, with no warning to override.
    const date = await typeDate(user, dialog, '2026-02-27');
    expect(
      await within(dialog).findByText(
        'This date is before the listing SAMR seriously illegal and dishonest list 杭市监严〔2026〕2号 (2026-03-02): no authority event can come before a listing of its case. Enter 2026-03-02 or later, or correct the listing’s dates first.',
      ),
    ).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(backend.callsTo('events.add')).toHaveLength(0);
  });

  it('offers the extension the rule sets, with the rule cited', async () => {
    installFakeBackend({ 'cases.get': () => accepted });
    renderApp('/cases/7');
    const { dialog } = await openDialog('Log extension');
    const length = within(dialog).getByRole('combobox', { name: 'Extension' });
    expect((length as HTMLInputElement).value).toBe('10 working days');
    expect(
      within(dialog).getByText(
        'Set by SAMR Order No. 107, arts. 13–17, 23, the rule in force at the filing of 2026-01-05.',
      ),
    ).toBeTruthy();
  });

  it('logs a decision only with an outcome chosen and its number, then attaches its document', async () => {
    const decided: CaseEventView = {
      ...logged,
      id: 9,
      type: 'decided',
      date: '2026-01-15',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕4号',
      reasons: '',
    };
    const saved: CaseDetail = {
      ...accepted,
      stage: 'repaired',
      events: [FILED, ACCEPTED, decided],
    };
    const backend = installFakeBackend({
      'cases.get': () => accepted,
      'events.add': () => saved,
      'uploads.begin': () => ({ uploadId: UPLOAD_ID }),
      'uploads.chunk': (input) => ({ received: input.data.length, size: 9 }),
      'uploads.finish': () => saved,
    });
    renderApp('/cases/7');
    const { user, dialog } = await openDialog('Log decision');
    const outcome = within(dialog).getByRole('combobox', { name: 'Outcome' }) as HTMLInputElement;
    expect(outcome.value).toBe('');

    // The date's order is checked before the outcome is chosen.
    await typeDate(user, dialog, '2026-01-06');
    expect(
      await within(dialog).findByText(
        'This date is before the previous event (Accepted, 2026-01-07). Enter 2026-01-07 or later, or correct the earlier event first.',
      ),
    ).toBeTruthy();
    await typeDate(user, dialog, '2026-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'Choose what the authority decided: Repaired or Refused, as the decision says.',
      ),
    ).toBeTruthy();
    expect(
      within(dialog)
        .getByRole('textbox', { name: 'Decision number (文号)' })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(backend.callsTo('events.add')).toHaveLength(0);

    await user.click(outcome);
    await user.click(await screen.findByRole('option', { name: 'Repaired' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Decision number (文号)' }),
      '杭市监信修〔2026〕4号',
    );
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], 'decision.pdf', { type: 'application/pdf' }));
    expect(within(dialog).getByText('decision.pdf')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(backend.callsTo('uploads.finish')).toHaveLength(1));
    expect(backend.callsTo('events.add')[0]).toMatchObject({
      caseId: 7,
      type: 'decided',
      date: '2026-01-15',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕4号',
    });
    expect(backend.callsTo('uploads.finish')[0]).toEqual({
      uploadId: UPLOAD_ID,
      caseId: 7,
      itemKey: 'event-9',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
