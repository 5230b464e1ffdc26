// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail } from '../../../core/types';
import { caseDetail, samrListing } from '../../test/caseFixture';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const ready: CaseDetail = {
  ...caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]),
  stage: 'ready',
};
const FILED = {
  id: 1,
  type: 'filed' as const,
  date: '2026-01-05',
  channel: 'online' as const,
  reference: '',
  overrideReason: '',
  createdAt: '2026-01-05T02:00:00.000Z',
  createdBy: '李娜',
  files: [],
};
const WARNING =
  'Documents are missing: Credit commitment letter. Give a written reason to file anyway.';

describe('EventForm', () => {
  it('asks for a written reason when the backend refuses a filing, then files with it', async () => {
    let detail = ready;
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'events.add': (input) => {
        if (input.type !== 'filed' || !input.overrideReason)
          return failure({ code: 'needs_override', message: WARNING, field: 'overrideReason' });
        detail = {
          ...detail,
          stage: 'filed',
          events: [
            {
              id: 1,
              type: 'filed',
              date: input.date,
              channel: 'online',
              reference: input.reference ?? '',
              overrideReason: input.overrideReason,
              createdAt: '2026-11-22T02:00:00.000Z',
              createdBy: '李娜',
              files: [],
            },
          ],
        };
        return detail;
      },
    });
    renderApp('/cases/7?tab=dates');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Log filing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log filing' });
    const date = within(dialog).getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '2026-01-05');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reference number' }), 'XY-1');
    expect(within(dialog).queryByRole('textbox', { name: 'Reason for filing anyway' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // Refused: the backend's reason, and a required field for the user's own.
    expect(await within(dialog).findByText(WARNING)).toBeTruthy();
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for filing anyway' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(backend.callsTo('events.add')).toHaveLength(1);

    await user.type(reason, 'The client files today; the letter follows tomorrow.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(backend.callsTo('events.add')[1]).toMatchObject({
      caseId: 7,
      type: 'filed',
      date: '2026-01-05',
      channel: 'online',
      reference: 'XY-1',
      overrideReason: 'The client files today; the letter follows tomorrow.',
    });
    expect(
      await screen.findByText(
        'Filed despite a warning: The client files today; the letter follows tomorrow.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('puts a date conflict on the date field, in Chinese', async () => {
    const message = '此日期早于上一事件（已提交，2026-01-05）。';
    installFakeBackend(
      {
        'cases.get': () => ({ ...ready, stage: 'filed', events: [FILED] }),
        'events.add': () => failure({ code: 'conflict', message, field: 'date' }),
      },
      { language: 'zh' },
    );
    renderApp('/cases/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '记录受理' }));
    const dialog = await screen.findByRole('dialog', { name: '记录受理' });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: '日期' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});
