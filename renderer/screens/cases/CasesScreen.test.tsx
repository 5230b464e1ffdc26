// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseSummary } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

function caseRow(id: number, clientName: string, stage: CaseSummary['stage']): CaseSummary {
  return {
    id,
    clientId: id,
    clientName,
    clientIdNumber: '91350100M000100Y43',
    stage,
    assignee: id === 1 ? 'Wang Fang' : '',
    listingCount: id,
    regimeIds: ['samr-abnormal'],
    nextDue: id === 1 ? '2025-07-01' : null,
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-06-03T08:00:00.000Z',
    archivedAt: null,
  };
}

describe('CasesScreen', () => {
  it('shows a row per case from the backend, with the client linking to the case', async () => {
    const backend = installFakeBackend({
      'cases.list': (input) =>
        input.search
          ? { items: [], nextCursor: null }
          : {
              items: [
                caseRow(1, 'Minjiang Trading', 'intake'),
                caseRow(2, 'Gulou Catering', 'filed'),
              ],
              nextCursor: null,
            },
    });
    renderApp('/cases');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Cases' });
    const link = await within(table).findByRole('link', { name: 'Minjiang Trading' });
    expect(link.getAttribute('href')).toBe('/cases/1');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // the header and two cases
    expect(within(rows[2]!).getByText('Filed')).toBeTruthy();
    expect(within(rows[1]!).getByText('Wang Fang')).toBeTruthy();
    expect(within(rows[1]!).getByText('2025-06-03')).toBeTruthy();
    expect(backend.callsTo('cases.list')[0]).toMatchObject({ sort: 'updated', direction: 'desc' });

    await userEvent.setup().type(screen.getByLabelText('Search cases'), 'nobody');
    expect(await screen.findByText('No case matches “nobody”.')).toBeTruthy();
    await waitFor(() =>
      expect(backend.callsTo('cases.list').at(-1)).toMatchObject({ search: 'nobody' }),
    );
  });

  it('sorts by next date or stage, with labelled controls, and shows each next date', async () => {
    const backend = installFakeBackend({
      'cases.list': () => ({
        items: [caseRow(1, 'Minjiang Trading', 'intake'), caseRow(2, 'Gulou Catering', 'filed')],
        nextCursor: null,
      }),
    });
    renderApp('/cases');
    const table = await screen.findByRole('table', { name: 'Cases' });
    expect(within(table).getByRole('columnheader', { name: 'Next date' })).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    const nextDate = (row: HTMLElement) => within(row).getAllByRole('cell')[5]!.textContent;
    expect(nextDate(rows[1]!)).toBe('2025-07-01');
    expect(nextDate(rows[2]!)).toBe('—');

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Next date' }));
    await waitFor(() =>
      expect(backend.callsTo('cases.list').at(-1)).toMatchObject({
        sort: 'nextDue',
        direction: 'asc',
      }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Stage (lifecycle order)' }));
    await waitFor(() =>
      expect(backend.callsTo('cases.list').at(-1)).toMatchObject({ sort: 'stage' }),
    );
  });

  it('lists archived cases apart and restores one, asking first when its client is archived', async () => {
    const restores: unknown[] = [];
    const backend = installFakeBackend({
      'cases.list': (input) => ({
        items: input.archived ? [{ ...caseRow(5, 'Archived Co', 'closed'), archivedAt: 'x' }] : [],
        nextCursor: null,
      }),
      'cases.restore': (input) => {
        restores.push(input);
        return input.restoreClient
          ? ({ id: 5 } as never)
          : failure({
              code: 'conflict',
              field: 'restoreClient',
              message: 'The client of this case, Archived Co, is archived.',
            });
      },
    });
    renderApp('/cases');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Archived' }));
    await waitFor(() =>
      expect(backend.callsTo('cases.list').at(-1)).toMatchObject({ archived: true }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Restore the case of Archived Co' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'The client is archived too' });
    expect(
      within(dialog).getByText('The client of this case, Archived Co, is archived.'),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Restore client and case' }));
    await waitFor(() =>
      expect(restores).toEqual([
        { id: 5, restoreClient: false },
        { id: 5, restoreClient: true },
      ]),
    );
  });

  it('says what to do when there are no cases', async () => {
    installFakeBackend({ 'cases.list': () => ({ items: [], nextCursor: null }) });
    renderApp('/cases');
    expect(await screen.findByText('No cases yet. Create one with New case.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New case' })).toBeTruthy();
  });
});
