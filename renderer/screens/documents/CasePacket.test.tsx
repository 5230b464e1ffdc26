// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PacketRecord } from '../../../core/types';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

const JOB = '7d1f7a52-8f0e-4c4b-9d6e-3a1f2c9b7e10';
const packet: PacketRecord = {
  id: 1,
  caseId: 7,
  sha256: 'ab'.repeat(32),
  filename: 'Credit repair application 2026-11-22.pdf',
  pageCount: 6,
  lang: 'en',
  createdAt: '2026-11-22T02:00:00.000Z',
  createdBy: 'Li',
};

describe('submission packet', () => {
  it('shows progress, and a cancelled export says nothing was saved', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'packets.start': () => ({ jobId: JOB }),
      'packets.cancel': () => ({ cancelled: true }),
    });
    renderApp('/cases/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export submission packet' }));
    await waitFor(() =>
      expect(backend.callsTo('packets.start')).toEqual([{ caseId: 7, lang: 'en' }]),
    );
    act(() => backend.emit('job.progress', { jobId: JOB, caseId: 7, done: 2, total: 5 }));
    expect(await screen.findByText('2 of 5 steps')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(backend.callsTo('packets.cancel')).toEqual([{ jobId: JOB }]);
    act(() => backend.emit('job.done', { jobId: JOB, caseId: 7, ok: false, cancelled: true }));
    expect(await screen.findByText('Export cancelled; nothing was saved.')).toBeTruthy();
  });

  it('shows the finished packet with its SHA-256 in full', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'packets.start': () => ({ jobId: JOB }),
    });
    renderApp('/cases/7');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export submission packet' }));
    await waitFor(() => expect(backend.callsTo('packets.start')).toHaveLength(1));
    act(() => backend.emit('job.done', { jobId: JOB, caseId: 7, ok: true, packet }));
    expect(await screen.findByText('Packet exported')).toBeTruthy();
    expect(screen.getByText(packet.sha256)).toBeTruthy();
    expect(screen.getByText(packet.filename)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Download ${packet.filename}` })).toBeTruthy();
  });
});
