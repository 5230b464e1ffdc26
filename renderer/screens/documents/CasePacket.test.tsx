// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PacketRecord } from '../../../core/types';
import { failure, installFakeBackend } from '../../test/fakeBackend';
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
  notEnclosed: [],
  overrideReason: '',
};
const clear = () => ({ problems: [], paper: [], enclosed: 2 });

describe('submission packet', () => {
  it('shows progress, and a cancelled export says nothing was saved', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'packets.preflight': clear,
      'packets.start': () => ({ jobId: JOB }),
      'packets.cancel': () => ({ cancelled: true }),
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export submission packet' }));
    await waitFor(() =>
      expect(backend.callsTo('packets.start')).toEqual([{ caseId: 7, lang: 'en', reason: '' }]),
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
      'packets.preflight': clear,
      'packets.start': () => ({ jobId: JOB }),
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export submission packet' }));
    await waitFor(() => expect(backend.callsTo('packets.start')).toHaveLength(1));
    act(() => backend.emit('job.done', { jobId: JOB, caseId: 7, ok: true, packet }));
    expect(await screen.findByText('Packet exported')).toBeTruthy();
    expect(screen.getByText(packet.sha256)).toBeTruthy();
    expect(screen.getByText(packet.filename)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Download ${packet.filename}` })).toBeTruthy();
  });

  it('shows what would be left out before exporting, and asks for a reason before starting', async () => {
    const missing = {
      itemKey: 'integrity-commitment-letter',
      name: { en: 'Integrity commitment letter', zh: '守信承诺书' },
      kind: 'missing' as const,
      detail: '',
    };
    const paper = {
      itemKey: 'business-licence',
      name: { en: 'Business licence', zh: '营业执照' },
      kind: 'paperOriginal' as const,
      detail: 'In the safe',
    };
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'packets.preflight': () => ({ problems: [missing], paper: [paper], enclosed: 1 }),
      'packets.start': (input) =>
        input.reason === 'nonsense'
          ? failure({ code: 'needs_override', field: 'reason', message: 'Refused by the backend.' })
          : { jobId: JOB },
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    const alert = await screen.findByRole('status', {
      name: /1 item would not be enclosed in the packet/,
    });
    expect(alert.textContent).toContain('Integrity commitment letter — missing (not received)');
    expect(alert.textContent).toContain(
      'Business licence — paper original, not enclosed: In the safe',
    );

    await user.click(screen.getByRole('button', { name: 'Export without them' }));
    expect(
      await screen.findByText(/Write why the packet goes out without these items/),
    ).toBeTruthy();
    expect(backend.callsTo('packets.start')).toHaveLength(0);

    const reason = screen.getByRole('textbox', { name: /Reason to export without them/ });
    await user.type(reason, 'nonsense');
    await user.click(screen.getByRole('button', { name: 'Export without them' }));
    expect(await screen.findByText('Refused by the backend.')).toBeTruthy();

    await user.clear(reason);
    await user.type(reason, 'The letter follows by post');
    await user.click(screen.getByRole('button', { name: 'Export without them' }));
    await waitFor(() =>
      expect(backend.callsTo('packets.start').at(-1)).toEqual({
        caseId: 7,
        lang: 'en',
        reason: 'The letter follows by post',
      }),
    );
    const done = {
      ...packet,
      notEnclosed: [paper, missing],
      overrideReason: 'The letter follows by post',
    };
    act(() => backend.emit('job.done', { jobId: JOB, caseId: 7, ok: true, packet: done }));
    expect(await screen.findByText('Packet exported without 1 item')).toBeTruthy();
    expect(screen.queryByText('Packet exported')).toBeNull();
    expect(screen.getByText('Reason given: The letter follows by post')).toBeTruthy();
  });
});
