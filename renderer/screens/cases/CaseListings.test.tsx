// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail } from '../../../core/types';
import { caseDetail, client, samrListing } from '../../test/caseFixture';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const first = samrListing(11, '2024-06-03', '杭市监严〔2024〕8号');
const second = samrListing(12, '2024-09-02', '杭市监严〔2024〕21号');
const NAME_2 = 'SAMR seriously illegal and dishonest list 杭市监严〔2024〕21号';

describe('CaseListings', () => {
  it('adds a listing the client has on file, choosing it by regime and decision number', async () => {
    let detail: CaseDetail = caseDetail([first]);
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'clients.get': () => ({ ...client, listings: [first, second], cases: [], history: [] }),
      'cases.addListing': () => {
        detail = caseDetail([first, second]);
        return { detail, moved: { caseId: 7, clientName: client.name, listings: [], dates: [] } };
      },
    });
    renderApp('/cases/7');
    const user = userEvent.setup();
    // The first render of the whole case page (header and overview) can take over a second on a busy machine.
    await user.click(await screen.findByRole('button', { name: 'Add listing' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a listing to the case' });
    await user.click(
      await within(dialog).findByRole('radio', {
        name: 'A listing of this client already on file',
      }),
    );
    await user.click(within(dialog).getByRole('combobox', { name: 'Listing of this client' }));
    await user.click(await screen.findByRole('option', { name: `${NAME_2} · decided 2024-05-20` }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to case' }));

    await waitFor(() =>
      expect(backend.callsTo('cases.addListing')).toEqual([{ caseId: 7, listingId: 12 }]),
    );
    expect(await screen.findByText('No computed date moved.')).toBeTruthy();
  });

  it('asks before removing a listing, and shows a refusal that names the logged event', async () => {
    const message =
      'SAMR seriously illegal and dishonest list 杭市监严〔2024〕21号 cannot be removed: authority events are logged on this case (the first is “Filed” of 2026-01-05) …';
    const backend = installFakeBackend({
      'cases.get': () => caseDetail([first, second]),
      'cases.removeListing': () => failure({ code: 'conflict', message, field: 'listingId' }),
    });
    renderApp('/cases/7');
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: `Remove listing ${NAME_2} from the case` }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Remove this listing from the case?',
    });
    expect(confirm.textContent).toContain('stays with the client');
    expect(backend.callsTo('cases.removeListing')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(backend.callsTo('cases.removeListing')).toEqual([{ caseId: 7, listingId: 12 }]);
  });

  it('offers no removal of the only listing', async () => {
    installFakeBackend({ 'cases.get': () => caseDetail([first]) });
    renderApp('/cases/7');
    expect(await screen.findByRole('button', { name: /^Edit listing/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Remove listing/ })).toBeNull();
  });
});
