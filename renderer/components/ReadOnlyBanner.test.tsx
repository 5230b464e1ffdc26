// @vitest-environment jsdom
import '../test/setup';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiError } from '../../api/contract';
import { ClientForm } from '../screens/clients/ClientForm';
import { i18n } from '../i18n';
import { Providers } from '../Providers';
import { failure, installFakeBackend } from '../test/fakeBackend';
import { renderApp, renderWithProviders } from '../test/renderApp';
import { ErrorAlert } from './ErrorAlert';

const queue = {
  'queue.list': () => ({ today: '2026-11-22', items: [], nextCursor: null }),
  'reminders.poll': () => ({ items: [] }),
};

describe('the read-only banner', () => {
  it('says on every screen that nothing can be changed, why, and what to do', async () => {
    installFakeBackend(queue, { readOnly: 'folder', dataDir: '/mnt/backup/xiufu' });
    renderApp('/queue');
    const banner = await screen.findByRole('status', {
      name: 'Read-only: nothing can be changed',
    });
    expect(banner.textContent).toContain('Xiufu cannot write to its data folder /mnt/backup/xiufu');
    expect(banner.textContent).toContain('give your user write access to that folder');
  });

  it('says when it was asked for, and how to start writable again, in Chinese', async () => {
    installFakeBackend(queue, { readOnly: 'requested', language: 'zh' });
    renderApp('/queue');
    const banner = await screen.findByRole('status', { name: '只读：无法进行任何修改' });
    expect(banner.textContent).toContain('请去掉 XIUFU_READ_ONLY 后重新启动修复助手');
  });

  it('is not there when the folder can be written', async () => {
    const backend = installFakeBackend(queue);
    renderApp('/queue');
    expect(await screen.findByRole('heading', { name: 'Reviewer queue' })).toBeTruthy();
    // Every reader of the settings has had its answer before the banner is looked for.
    await waitFor(() => expect(backend.callsTo('settings.get').length).toBeGreaterThan(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('status', { name: /Read-only/ })).toBeNull();
  });
});

describe('a refusal no form change can fix', () => {
  const readOnly: ApiError = {
    code: 'read_only',
    message:
      'The data folder is read-only, so nothing can be changed and nothing was saved. To make changes, give your user write access to /data/xiufu, then restart Xiufu.',
  };

  it('is titled as what it is when a form is saved', async () => {
    installFakeBackend({ 'clients.create': () => failure(readOnly) });
    renderWithProviders(<ClientForm onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Copy Co.');
    await user.type(screen.getByLabelText(/^Unified social credit code/), '91350100M000100Y43');
    await user.click(screen.getByRole('button', { name: 'Save client' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not saved: the data folder is read-only')).toBeTruthy();
    expect(within(alert).getByText(readOnly.message)).toBeTruthy();
  });

  it('names a full disk, in both languages', async () => {
    installFakeBackend({});
    const error: ApiError = {
      code: 'disk_full',
      message: '存放数据文件夹的磁盘 / 已满，本次未保存任何内容。',
    };
    const { rerender } = render(
      <Providers>
        <ErrorAlert error={error} />
      </Providers>,
    );
    expect(await screen.findByText('Not saved: the disk is full')).toBeTruthy();
    await i18n.changeLanguage('zh');
    rerender(
      <Providers>
        <ErrorAlert error={error} />
      </Providers>,
    );
    expect(await screen.findByText('未保存：磁盘已满')).toBeTruthy();
    expect(screen.getByText(error.message)).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
