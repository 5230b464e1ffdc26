// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DemoStatus } from '../../../core/demo-removal';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderWithProviders } from '../../test/renderApp';
import { DemoRemoveButton } from './DemoRemoveButton';

const status: DemoStatus = {
  present: true,
  clients: 5,
  cases: 5,
  kept: [{ id: 3, name: 'Shanghai Lumen Trading Co., Ltd.', reasons: ['edited', 'ownCase'] }],
  userAdded: { events: 1, files: 2 },
};

describe('DemoRemoveButton', () => {
  it('says what goes and what stays before removing; cancel removes nothing', async () => {
    const removed: DemoStatus[] = [];
    const backend = installFakeBackend({
      'demo.status': () => status,
      'demo.remove': () => ({ ...status, present: false }),
    });
    renderWithProviders(<DemoRemoveButton onRemoved={(r) => removed.push(r)} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove demo data' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove the demo data?' });
    expect(dialog.textContent).toContain('removes the 5 clients and 5 cases the demo added');
    expect(dialog.textContent).toContain('goes with them: 1 event and 2 files');
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'Shanghai Lumen Trading Co., Ltd.: you edited it, you added a case to it',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.callsTo('demo.remove')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Remove demo data' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove the demo data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove demo data' }));
    expect(backend.callsTo('demo.remove')).toHaveLength(1);
    expect(removed).toEqual([{ ...status, present: false }]);
  });
});
