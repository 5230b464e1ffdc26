// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseDetail, samrListing } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

// Listed 2024-06-03: may apply from 2025-06-04. Listed 2026-06-03: the first working day
// to file falls in 2027, which has no official calendar yet, so it is provisional.
const detail = caseDetail([
  samrListing(11, '2024-06-03', '杭市监严〔2024〕8号'),
  samrListing(12, '2026-06-03', '杭市监严〔2026〕3号'),
]);

describe('CaseDates', () => {
  it('shows each listing’s dates with labels, explanations and the rules version', async () => {
    installFakeBackend({ 'cases.get': () => detail });
    renderApp('/cases/7?tab=dates');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Dates' })).toBeTruthy();
    expect(screen.getByText('Rules version 2026.1')).toBeTruthy();
    expect(screen.getByText('Next step')).toBeTruthy();
    // Once in the case header, once over the dates.
    expect(screen.getAllByText(detail.evaluation.nextAction.text.en)).toHaveLength(2);
    expect(
      screen.getByRole('heading', {
        name: 'SAMR seriously illegal and dishonest list · 杭市监严〔2024〕8号',
      }),
    ).toBeTruthy();

    const [first] = screen.getAllByRole('group', { name: 'May apply from' });
    expect(within(first!).getByText('2025-06-04')).toBeTruthy();
    expect(within(first!).getByText('Done')).toBeTruthy();
    const explain = within(first!).getByRole('button', { name: 'Explain May apply from' });
    expect(explain.getAttribute('aria-expanded')).toBe('false');
    expect(within(first!).queryByText(/one year ends 2025-06-03/)).toBeNull();
    await user.click(explain);
    expect(explain.getAttribute('aria-expanded')).toBe('true');
    expect(within(first!).getByText('one year ends 2025-06-03 (Civil Code art. 202)')).toBeTruthy();
    expect(within(first!).getByText('Source: SAMR Order No. 107, arts. 13–17, 23')).toBeTruthy();
  });

  it('warns about a provisional date, naming the year and linking to its form', async () => {
    installFakeBackend({ 'cases.get': () => detail });
    renderApp('/cases/7');

    const groups = await screen.findAllByRole('group', { name: 'First working day to file' });
    const provisional = groups[1]!;
    expect(within(provisional).getByText('2027-06-04')).toBeTruthy();
    expect(
      within(provisional).getByText('Provisional: no official holiday calendar for 2027 yet'),
    ).toBeTruthy();
    const link = within(provisional).getByRole('link', { name: 'Add 2027' });
    expect(link.getAttribute('href')).toBe('/rules/calendars/new?year=2027');
    // The listing that counts in known years carries no warning.
    expect(within(groups[0]!).queryByText(/Provisional/)).toBeNull();
    expect(screen.getAllByText(/Provisional:/)).toHaveLength(1);
  });

  it('explains a listing without a waiting period: why, the rule, what to do', async () => {
    const abnormal = {
      ...samrListing(13, '2026-07-01', '深市监宝异〔2026〕0342号'),
      regimeId: 'samr-abnormal' as const,
    };
    installFakeBackend({ 'cases.get': () => caseDetail([abnormal]) });
    renderApp('/cases/7');

    const next = await screen.findByText(/^Abnormal operations list 深市监宝异〔2026〕0342号: no/);
    expect(next.textContent).toContain('(SAMR Order No. 107, art. 16)');
    expect(next.textContent).not.toMatch(/Listing \d/);
    const why = screen.getByText(/^No waiting period applies, so no date is counted/);
    expect(why.textContent).toContain(
      'remedy the cause, then apply for removal with proof of the remedy. The authority decides within 2 working days of acceptance (SAMR Order No. 101 said 5 working days).',
    );
    expect(screen.queryByText('No dates can be computed for this listing yet.')).toBeNull();
  });

  it('speaks Chinese: labels, explanation lines and the warning', async () => {
    installFakeBackend({ 'cases.get': () => detail }, { language: 'zh', userName: '李娜' });
    renderApp('/cases/7');
    const user = userEvent.setup();

    const [first] = await screen.findAllByRole('group', { name: '可申请修复日' });
    expect(within(first!).getByText('2025-06-04')).toBeTruthy();
    await user.click(within(first!).getByRole('button', { name: '说明 可申请修复日' }));
    expect(
      within(first!).getByText('一年期间于 2025-06-03 届满（《民法典》第二百零二条）'),
    ).toBeTruthy();
    expect(screen.getByText('暂定：尚无 2027 年官方节假日安排')).toBeTruthy();
    expect(screen.getByRole('link', { name: '录入 2027 年' })).toBeTruthy();
    expect(screen.getByText('规则版本 2026.1')).toBeTruthy();
  });
});
