// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UPLOAD_CHUNK_BYTES } from '../../../core/documents';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { detail } from './testItems';

const UPLOAD_ID = '0b0f6a52-8f0e-4c4b-9d6e-3a1f2c9b7e10';
const LABEL = 'Attach a file to Business licence';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('attachments', () => {
  it('sends a file in chunks, then attaches it to its item', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'uploads.begin': () => ({ uploadId: UPLOAD_ID }),
      'uploads.chunk': (input) => ({ received: input.data.length, size: 5 }),
      'uploads.finish': () => detail,
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    const input = await screen.findByLabelText(LABEL);
    await user.upload(input, new File(['hello'], 'licence.txt', { type: 'text/plain' }));

    await waitFor(() => expect(backend.callsTo('uploads.finish')).toHaveLength(1));
    expect(backend.callsTo('uploads.begin')[0]).toEqual({
      filename: 'licence.txt',
      mime: 'text/plain',
      size: 5,
    });
    // The bytes themselves travel (no base64); read back as text to compare across realms.
    const chunks = backend.callsTo('uploads.chunk');
    expect(chunks.map((c) => ({ ...c, data: new TextDecoder().decode(c.data) }))).toEqual([
      { uploadId: UPLOAD_ID, index: 0, data: 'hello' },
    ]);
    expect(backend.callsTo('uploads.finish')[0]).toEqual({
      uploadId: UPLOAD_ID,
      caseId: 7,
      itemKey: 'business-licence',
    });
  });

  it('shows the bytes sent, and Cancel drops the upload so nothing is saved', async () => {
    const size = Math.round(UPLOAD_CHUNK_BYTES * 2.5);
    const second = deferred<{ received: number; size: number }>();
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'uploads.begin': () => ({ uploadId: UPLOAD_ID }),
      'uploads.chunk': (input) =>
        input.index === 0 ? { received: UPLOAD_CHUNK_BYTES, size } : second.promise,
      'uploads.cancel': () => ({ cancelled: true }),
      'uploads.finish': () => detail,
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    const input = await screen.findByLabelText(LABEL);
    await user.upload(input, new File([new Uint8Array(size)], 'scan.tif', { type: 'image/tiff' }));

    expect(await screen.findByText('Uploading scan.tif')).toBeTruthy();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    expect(await screen.findByText(`${mb(UPLOAD_CHUNK_BYTES)} MB / ${mb(size)} MB`)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Upload progress of scan.tif' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));
    second.resolve({ received: UPLOAD_CHUNK_BYTES * 2, size });

    expect(
      await screen.findByText('Upload of scan.tif cancelled; nothing was saved.'),
    ).toBeTruthy();
    expect(backend.callsTo('uploads.cancel')).toEqual([{ uploadId: UPLOAD_ID }]);
    expect(backend.callsTo('uploads.chunk')).toHaveLength(2);
    expect(backend.callsTo('uploads.finish')).toHaveLength(0);
    expect(screen.queryByRole('progressbar', { name: 'Upload progress of scan.tif' })).toBeNull();
  });

  it('refuses a file over the size limit with a clear message, before sending anything', async () => {
    const backend = installFakeBackend({ 'cases.get': () => detail });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();
    const input = await screen.findByLabelText(LABEL);
    const big = new File(['x'], 'video.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: 300 * 1024 * 1024 });
    await user.upload(input, big);

    expect(
      await screen.findByText(
        'This file is larger than 200 MB, the limit for one attachment. Split or compress it, then attach it again.',
      ),
    ).toBeTruthy();
    expect(backend.callsTo('uploads.begin')).toHaveLength(0);
  });
});
