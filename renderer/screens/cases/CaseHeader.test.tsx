// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseDetail } from '../../../core/types';
import { caseDetail, samrListing } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const base = caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]);
// Filed, and the acceptance deadline passed three working days ago (as cases.get counts it).
const filed: CaseDetail = {
  ...base,
  stage: 'filed',
  assignee: '李娜',
  nearest: {
    listingId: 11,
    kind: 'acceptanceDue',
    date: '2026-11-17',
    unit: 'working',
    daysLeft: -3,
    status: 'overdue',
  },
};

describe('CaseHeader', () => {
  it('shows the client, stage, next action, nearest date phrased as overdue, and the assignee', async () => {
    installFakeBackend({ 'cases.get': () => filed });
    renderApp('/cases/7');

    const title = await screen.findByRole('heading', { level: 1 });
    const client = within(title).getByRole('link', { name: 'Hangzhou Qinghe Foods Co., Ltd.' });
    expect(client.getAttribute('href')).toBe('/clients/3');
    expect(title.textContent).toContain('91330100716105852F');
    expect(within(screen.getByRole('group', { name: 'Stage' })).getByText('Filed')).toBeTruthy();
    expect(screen.getByText('Next action')).toBeTruthy();
    expect(screen.getAllByText(filed.evaluation.nextAction.text.en).length).toBeGreaterThan(0);
    expect(screen.getByText('Nearest date')).toBeTruthy();
    expect(screen.getByText('Acceptance due')).toBeTruthy();
    expect(screen.getByText('2026-11-17')).toBeTruthy();
    expect(screen.getByText('overdue by 3 working days')).toBeTruthy();
    expect(screen.getByText('Assignee: 李娜')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive case' })).toBeTruthy();
  });

  it('says so when no date is ahead, and speaks Chinese', async () => {
    installFakeBackend({ 'cases.get': () => base }, { language: 'zh' });
    renderApp('/cases/7');

    expect(await screen.findByText('最近日期')).toBeTruthy();
    expect(screen.getByText('暂无待办日期')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: '阶段' })).getByText('等待期')).toBeTruthy();
    expect(screen.getByText('负责人：未分配')).toBeTruthy();
  });

  it('opens the tab the address names, and draws only the chosen tab', async () => {
    installFakeBackend({ 'cases.get': () => filed });
    renderApp('/cases/7?tab=history');
    const user = userEvent.setup();

    const tabs = await screen.findByRole('tablist', { name: 'Case sections' });
    expect(within(tabs).getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Dates' })).toBeNull();

    await user.click(within(tabs).getByRole('tab', { name: 'Client and listings' }));
    expect(await screen.findByRole('textbox', { name: 'Notes' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Client' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'History' })).toBeNull();
  });
});
