// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ListingSaved } from '../../../core/types';
import { caseDetail, samrListing } from '../../test/caseFixture';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const listing = samrListing(11, '2024-06-03', '杭市监严〔2024〕8号');
const detail = caseDetail([listing]);
const NAME = 'SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号';

/** The error text shown at a field (Mantine links it through aria-describedby). */
function errorAt(input: HTMLElement): string {
  if (input.getAttribute('aria-invalid') !== 'true') return '';
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function openEditor() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Edit listing ${NAME}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit listing' });
  const field = (name: string) => within(dialog).getByRole('textbox', { name });
  return { user, dialog, field };
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe('EditListingForm', () => {
  it('shows the date order at the later date while typing, and never a stale message', async () => {
    installFakeBackend({ 'cases.get': () => detail });
    renderApp('/cases/7');
    const { user, field } = await openEditor();

    // Only the decision date is typed in; the message goes to the listing date it now follows.
    await retype(user, field('Decision date'), '2024-06-10');
    await waitFor(() =>
      expect(errorAt(field('Listing date'))).toBe(
        'The listing date (2024-06-03) is before the decision date (2024-06-10). A listing is decided, then listed, then published: enter a listing date on or after 2024-06-10, or correct the decision date.',
      ),
    );
    expect(errorAt(field('Decision date'))).toBe('');

    // Corrected at the other field: the message goes.
    await retype(user, field('Decision date'), '2024-05-20');
    await waitFor(() => expect(errorAt(field('Listing date'))).toBe(''));

    // A publication date before the listing date: at the publication date.
    await retype(user, field('Publication date'), '2024-06-01');
    await waitFor(() =>
      expect(errorAt(field('Publication date'))).toContain(
        'The publication date (2024-06-01) is before the listing date (2024-06-03).',
      ),
    );
    // Moving the listing date back fixes it, though the publication date was not touched again.
    await retype(user, field('Listing date'), '2024-05-30');
    await waitFor(() => expect(errorAt(field('Publication date'))).toBe(''));
  });

  it('saves every field and shows the dates that moved until dismissed', async () => {
    const saved: ListingSaved = {
      listing: { ...listing, listingDate: '2024-06-13', authority: 'Hangzhou AMR (Xihu)' },
      moved: [
        {
          caseId: 7,
          clientName: detail.clientName,
          listings: [{ id: 11, regimeId: 'samr-serious-list', decisionNo: listing.decisionNo }],
          dates: [
            {
              kind: 'mayApplyFrom',
              listingId: 11,
              before: { date: '2025-06-04', provisional: false },
              after: { date: '2025-06-14', provisional: false },
            },
          ],
        },
      ],
    };
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'listings.update': () => saved,
    });
    renderApp('/cases/7');
    const { user, dialog, field } = await openEditor();
    await retype(user, field('Listing date'), '2024-06-13');
    await retype(user, field('Authority'), 'Hangzhou AMR (Xihu)');
    await user.click(within(dialog).getByRole('button', { name: 'Save listing' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit listing' })).toBeNull());
    expect(backend.callsTo('listings.update')).toEqual([
      expect.objectContaining({
        id: 11,
        regimeId: 'samr-serious-list',
        authority: 'Hangzhou AMR (Xihu)',
        decisionNo: listing.decisionNo,
        decisionDate: '2024-05-20',
        listingDate: '2024-06-13',
        publicationDate: '',
        penaltyAmount: '',
        penaltyPaid: false,
      }),
    ]);
    const notice = screen.getByRole('table', { name: 'What your change moved' });
    const row = within(notice).getByRole('row', { name: /May apply from/ });
    expect(row.textContent).toContain(NAME);
    expect(row.textContent).toContain('2025-06-04');
    expect(row.textContent).toContain('2025-06-14');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('table', { name: 'What your change moved' })).toBeNull();
  });

  it('puts a refusal that names a logged event at the date that caused it', async () => {
    const message =
      'With the listing date 2026-01-10, the listing would stand complete only after the logged event “Filed” of 2026-01-05 …';
    installFakeBackend({
      'cases.get': () => detail,
      'listings.update': () => failure({ code: 'conflict', message, field: 'listingDate' }),
    });
    renderApp('/cases/7');
    const { user, dialog, field } = await openEditor();
    await retype(user, field('Listing date'), '2026-01-10');
    await user.click(within(dialog).getByRole('button', { name: 'Save listing' }));
    await waitFor(() => expect(errorAt(field('Listing date'))).toBe(message));
    // Still open, nothing else claimed: the user corrects the date here.
    expect(screen.getByRole('dialog', { name: 'Edit listing' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'What your change moved' })).toBeNull();
  });
});
