// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChainVerdict, Checkpoint } from '../../../core/integrity';
import { checkpointFile } from '../../../core/integrity';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp, renderWithProviders } from '../../test/renderApp';
import { IntegritySection } from './IntegritySection';

const queue = {
  'queue.list': () => ({ today: '2026-11-22', items: [], nextCursor: null }),
  'reminders.poll': () => ({ items: [] }),
};

const CP: Checkpoint = { count: 41, id: 41, hash: 'a'.repeat(64), at: '2026-12-01T08:00:00.000Z' };

const broken: ChainVerdict = {
  state: 'broken',
  checkedAt: '2026-12-01T09:00:00.000Z',
  found: {
    kind: 'edited',
    part: 'facts',
    entry: {
      id: 12,
      at: '2026-11-30T02:00:00.000Z',
      actor: 'Li Na',
      entity: 'case',
      entityId: 3,
      action: 'update',
    },
  },
};

describe('the history chain on screen', () => {
  it('shows a red alert on every screen naming the entry found, until a verification finds it intact', async () => {
    const backend = installFakeBackend({
      ...queue,
      'history.status': () => ({ verdict: broken, running: null }),
    });
    renderApp('/queue');
    const alert = await screen.findByRole('alert', {
      name: 'The history log was changed outside Xiufu',
    });
    expect(alert.textContent).toContain('Found at entry 12 — Updated the case (case 3), by Li Na');
    expect(alert.textContent).toContain('who, when or what it is about');
    expect(alert.textContent).toContain('keep this data folder exactly as it is');
    backend.emit('history.status', {
      verdict: { state: 'intact', checkedAt: CP.at, head: CP },
      running: null,
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('keeps a verdict heard while the first answer ("running", asked before) was on its way', async () => {
    let answer: (value: {
      verdict: null;
      running: { jobId: string; done: 0; total: 0 };
    }) => void = () => undefined;
    const backend = installFakeBackend({
      ...queue,
      'history.status': () => new Promise((resolve) => (answer = resolve)),
    });
    renderApp('/queue');
    await waitFor(() => expect(backend.callsTo('history.status')).toHaveLength(1));
    backend.emit('history.status', { verdict: broken, running: null });
    answer({ verdict: null, running: { jobId: 'start', done: 0, total: 0 } });
    expect(
      await screen.findByRole('alert', { name: 'The history log was changed outside Xiufu' }),
    ).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(
      screen.getByRole('alert', { name: 'The history log was changed outside Xiufu' }),
    ).toBeTruthy();
  });

  it('verifies on demand, shows the checkpoint, and checks a saved one', async () => {
    const backend = installFakeBackend({
      'history.checkpoint': () => CP,
      'history.verify': () => ({ jobId: 'j1' }),
      'history.check': ({ checkpoint }) => ({
        state: 'holds',
        checkpoint: checkpoint as Checkpoint,
      }),
    });
    renderWithProviders(<IntegritySection />);
    const user = userEvent.setup();
    expect(await screen.findByText(/has not been verified since Xiufu started/)).toBeTruthy();
    expect(await screen.findByText('Entries: 41', { exact: false })).toBeTruthy();
    expect(screen.getByLabelText('Hash').textContent).toBe(CP.hash);
    await user.click(screen.getByRole('button', { name: 'Verify now' }));
    expect(backend.callsTo('history.verify')).toHaveLength(1);
    backend.emit('history.status', {
      verdict: null,
      running: { jobId: 'j1', done: 20, total: 41 },
    });
    expect(
      await screen.findByRole('progressbar', { name: 'Verifying the history log' }),
    ).toBeTruthy();
    backend.emit('history.status', {
      verdict: { state: 'intact', checkedAt: CP.at, head: CP },
      running: null,
    });
    expect(await screen.findByText(/The history log is intact: 41 entries/)).toBeTruthy();

    const text = screen.getByLabelText('Saved checkpoint');
    await user.type(text, 'not json');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/This is not a saved checkpoint/)).toBeTruthy();
    expect(backend.callsTo('history.check')).toHaveLength(0);
    await user.clear(text);
    await user.click(text);
    await user.paste(checkpointFile(CP));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await screen.findByText(/This checkpoint holds: the chain still has its hash at entry 41/),
    ).toBeTruthy();
    expect(backend.callsTo('history.check')).toEqual([{ checkpoint: CP }]);
  });
});
