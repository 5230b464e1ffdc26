// @vitest-environment jsdom
import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseDetail, samrListing } from '../test/caseFixture';
import { installFakeBackend } from '../test/fakeBackend';
import { renderApp } from '../test/renderApp';

const detail = caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]);

/** Whether closing or reloading the window would be held up to ask. */
function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const navLink = (name: string) =>
  screen.getByRole('navigation').querySelector(`a[aria-label="${name}"]`) as HTMLElement;

describe('a form with unsaved changes asks before it is left', () => {
  it('asks on navigation and on closing; Stay keeps the text, Leave goes', async () => {
    installFakeBackend({ 'cases.get': () => detail });
    renderApp('/cases/7?tab=client');
    const user = userEvent.setup();
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    expect(unloadAsks()).toBe(false);

    await user.type(notes, 'Call the client on Monday');
    await waitFor(() => expect(unloadAsks()).toBe(true));

    await user.click(navLink('Dashboard'));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Changes on this page are not saved yet.');
    await user.click(screen.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' }).value).toBe(
      'Call the client on Monday',
    );

    await user.click(navLink('Dashboard'));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    await waitFor(() => expect(unloadAsks()).toBe(false));
  });

  it('lets a saved form go without asking', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'cases.update': (input) => ({ ...detail, notes: input.notes ?? '' }),
    });
    renderApp('/cases/7?tab=client');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Filed in person');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(backend.callsTo('cases.update')).toEqual([{ id: 7, notes: 'Filed in person' }]);
    expect(unloadAsks()).toBe(false);
    await user.click(navLink('Dashboard'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks in Chinese', async () => {
    installFakeBackend({ 'cases.get': () => detail }, { language: 'zh', userName: '李娜' });
    renderApp('/cases/7?tab=client');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: '备注' }), '周一联系客户');
    await user.click(navLink('概览'));
    expect(await screen.findByRole('dialog', { name: '不保存就离开？' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '不保存，离开' }));
    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeTruthy();
  });
});
