// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '../../../core/audit';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const CLIENT = { id: 7, name: 'Minjiang Trading' };

function entry(id: number, over: Partial<AuditEntry>): AuditEntry {
  return {
    id,
    at: '2026-03-01T02:00:00.000Z',
    actor: 'Li Na',
    entity: 'case',
    entityId: 3,
    action: 'update',
    before: { assignee: '' },
    after: { assignee: 'Wang Fang' },
    erasedAt: null,
    client: CLIENT,
    caseId: 3,
    listing: null,
    ...over,
  };
}

const ENTRIES = [
  entry(3, {}),
  entry(2, {
    entity: 'client',
    entityId: 7,
    before: null,
    after: null,
    erasedAt: '2026-03-02T01:00:00.000Z',
    caseId: null,
  }),
  entry(4, {
    entity: 'listing',
    entityId: 9,
    action: 'update',
    before: null,
    after: null,
    erasedAt: '2026-03-02T01:00:00.000Z',
    listing: { regimeId: 'samr-serious-list', decisionNo: '杭市监严〔2024〕8号' },
  }),
  entry(1, {
    entity: 'client',
    entityId: 7,
    action: 'create',
    before: null,
    after: {},
    caseId: null,
  }),
];

describe('AuditScreen', () => {
  it('lists entries with who, when, the change, and links to the client and case', async () => {
    installFakeBackend({
      'actors.list': () => ({ actors: ['Li Na'] }),
      'history.list': () => ({ items: ENTRIES, nextCursor: null }),
    });
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'History entries' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(within(rows[1]!).getByText('2026-03-01 10:00 (Asia/Shanghai)')).toBeTruthy();
    expect(within(rows[1]!).getByText('Updated the case')).toBeTruthy();
    expect(within(rows[1]!).getByText('Changed: assignee: — → Wang Fang')).toBeTruthy();
    expect(
      within(rows[1]!).getByRole('link', { name: 'Minjiang Trading #3' }).getAttribute('href'),
    ).toBe('/cases/3?tab=history');
    expect(
      within(rows[1]!).getByRole('link', { name: 'Minjiang Trading' }).getAttribute('href'),
    ).toBe('/clients/7');
    expect(
      within(rows[2]!).getByText('Content erased on 2026-03-02 09:00 (Asia/Shanghai)'),
    ).toBeTruthy();
    expect(
      within(rows[3]!).getByText(
        'Updated the listing SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号',
      ),
    ).toBeTruthy();
    expect(within(rows[4]!).getByText('Created the client')).toBeTruthy();
  });

  it('asks for the kind chosen, says when nothing matches, and refuses a range that ends first', async () => {
    const backend = installFakeBackend({
      'actors.list': () => ({ actors: ['Li Na'] }),
      'history.list': (input) => ({ items: input.entity ? [] : ENTRIES, nextCursor: null }),
    });
    renderApp('/audit');
    await screen.findByRole('table', { name: 'History entries' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Record' }));
    await user.click(await screen.findByRole('option', { name: 'Listing' }));
    expect(await screen.findByText(/No entry matches these filters/)).toBeTruthy();
    expect(backend.callsTo('history.list').at(-1)).toMatchObject({ entity: 'listing' });

    const calls = backend.callsTo('history.list').length;
    await user.type(screen.getByLabelText('From'), '2026-03-05');
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText(/ends on 2026-03-01, before it starts/)).toBeTruthy();
    expect(backend.callsTo('history.list')).toHaveLength(calls);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(backend.callsTo('history.list').at(-1)).toEqual({ limit: 100 }));
  });

  it('says what to do when nothing has been recorded yet', async () => {
    installFakeBackend({
      'actors.list': () => ({ actors: [] }),
      'history.list': () => ({ items: [], nextCursor: null }),
    });
    renderApp('/audit');
    expect(await screen.findByText(/Nothing has been recorded yet/)).toBeTruthy();
  });

  it('exports what the filters select with progress and cancel, then saves the file it reads back', async () => {
    const JOB = '0b6f3c2e-8d1a-4c55-9a4e-2f1f0c7d9e11';
    const backend = installFakeBackend({
      'actors.list': () => ({ actors: ['Li Na'] }),
      'history.list': () => ({ items: ENTRIES, nextCursor: null }),
      'exports.start': () => ({ jobId: JOB }),
      'exports.cancel': () => ({ cancelled: true }),
      'exports.read': ({ offset }) => ({
        filename: 'xiufu-audit-2026-03-01.csv',
        size: 6,
        data: btoa(offset === 0 ? 'abc' : 'def'),
        next: offset === 0 ? 3 : null,
      }),
    });
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:x';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderApp('/audit');
    await screen.findByRole('table', { name: 'History entries' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Updated' }));
    await user.click(screen.getByRole('button', { name: 'Export the entries shown' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    await waitFor(() =>
      expect(backend.callsTo('exports.start')).toEqual([
        { list: 'audit', format: 'csv', filter: { action: 'update', limit: 100 } },
      ]),
    );
    act(() => backend.emit('export.progress', { jobId: JOB, list: 'audit', done: 2, total: 5 }));
    expect(await screen.findByText('Exporting the entries shown: 2 of 5')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(backend.callsTo('exports.cancel')).toEqual([{ jobId: JOB }]);

    act(() =>
      backend.emit('export.done', {
        jobId: JOB,
        list: 'audit',
        ok: true,
        items: 5,
        filename: 'xiufu-audit-2026-03-01.csv',
        size: 6,
      }),
    );
    expect(await screen.findByText('Exported 5 rows to xiufu-audit-2026-03-01.csv.')).toBeTruthy();
    expect(backend.callsTo('exports.read')).toEqual([
      { jobId: JOB, offset: 0 },
      { jobId: JOB, offset: 3 },
    ]);
    expect(await saved[0]!.text()).toBe('abcdef');
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });
});
