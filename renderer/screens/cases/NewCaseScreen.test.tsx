// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseDetail, client, samrListing } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

/** Fills the first listing: abnormal operations, decided 2025-06-01, listed 2025-06-03. */
async function fillListing(user: ReturnType<typeof userEvent.setup>) {
  const listing = await screen.findByRole('group', { name: 'Listing 1' });
  await user.click(within(listing).getByRole('combobox', { name: 'Regime' }));
  await user.click(await screen.findByRole('option', { name: 'Abnormal operations list' }));
  await user.type(within(listing).getByLabelText('Authority'), 'Hangzhou AMR');
  await user.type(within(listing).getByLabelText('Decision number'), '杭市监〔2025〕1号');
  await user.type(within(listing).getByLabelText('Decision date'), '2025-06-01');
  await user.type(within(listing).getByLabelText('Listing date'), '2025-06-03');
  return listing;
}

describe('NewCaseScreen', () => {
  it('sends the listing and puts a backend error on the listing field it names', async () => {
    const backend = installFakeBackend({
      'clients.get': () => ({ ...client, listings: [], cases: [], history: [] }),
      'clients.list': () => ({ items: [client], nextCursor: null }),
      'cases.create': () => ({
        ok: false,
        error: {
          code: 'invalid',
          field: 'listings.0.decisionDate',
          message: 'This date is before the listing date.',
        },
      }),
    });
    renderApp('/cases/new?client=3');
    const user = userEvent.setup();

    const listing = await fillListing(user);
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    expect(await screen.findByText('This date is before the listing date.')).toBeTruthy();
    expect(within(listing).getByLabelText('Decision date').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await waitFor(() => expect(backend.callsTo('cases.create')).toHaveLength(1));
    expect(backend.callsTo('cases.create')[0]).toMatchObject({
      clientId: 3,
      listings: [
        {
          regimeId: 'samr-abnormal',
          decisionDate: '2025-06-01',
          listingDate: '2025-06-03',
          penaltyPaid: false,
        },
      ],
    });
  });

  it('opens the created case without asking, yet asks when the typed case is abandoned', async () => {
    const created = caseDetail([samrListing(11, '2025-06-03', '杭市监〔2025〕1号')]);
    installFakeBackend({
      'clients.get': () => ({ ...client, listings: [], cases: [], history: [] }),
      'clients.list': () => ({ items: [client], nextCursor: null }),
      'cases.create': () => created,
      'cases.get': () => created,
    });
    renderApp('/cases/new?client=3');
    const user = userEvent.setup();
    await fillListing(user);

    // Leaving with typed data: asked first; staying keeps the form.
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Cases' }));
    await user.click(await screen.findByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dates' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
