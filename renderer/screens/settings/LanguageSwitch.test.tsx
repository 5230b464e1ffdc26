// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

describe('language switch', () => {
  it('shows Chinese labels at once and saves the choice', async () => {
    const backend = installFakeBackend({});
    renderApp('/settings');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: '简体中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    for (const name of ['概览', '案件', '客户', '设置'])
      expect(within(nav).getByRole('link', { name })).toBeTruthy();
    expect(screen.getByLabelText('您的姓名')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存姓名' })).toBeTruthy();
    await waitFor(() =>
      expect(backend.callsTo('settings.update')).toContainEqual({ language: 'zh' }),
    );
  });

  it('starts in the saved language and labels the client form in Chinese', async () => {
    installFakeBackend({}, { language: 'zh', userName: '李娜' });
    renderApp('/clients/new');
    expect(await screen.findByRole('heading', { level: 1, name: '新建客户' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '企业' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '个人' })).toBeTruthy();
    expect(screen.getByLabelText(/^统一社会信用代码/)).toBeTruthy();
    expect(screen.getByLabelText('法定代表人')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存客户' })).toBeTruthy();
  });
});
