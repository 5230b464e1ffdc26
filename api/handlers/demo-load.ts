/**
 * Loads the demo the way a user would type it in: every record goes through the channel a
 * user's would (validated by the contract's schema, then its handler: guards, history
 * entries, refreshes), each Received document gets its own small PDF uploaded like any
 * file, and every id created is tracked with it so that "Remove demo data" finds them.
 */
import { demoCases, type DemoCase } from '../../core/demo';
import { demoDocument, demoFileName } from '../../core/demo-document';
import type { DemoRecords } from '../../core/demo-removal';
import { renderLetter } from '../../core/pdf';
import { today } from '../../core/today';
import type { CaseDetail } from '../../core/types';
import { contract, type Channel, type Input, type Output } from '../contract';
import { letterFonts } from '../fonts';
import type { HandlerContext, HandlerTable } from './context';
import { caseHandlers } from './cases';
import { clientHandlers } from './clients';
import { eventHandlers } from './events';
import { fileHandlers } from './files';

const table = {
  ...clientHandlers,
  ...caseHandlers,
  ...eventHandlers,
  ...fileHandlers,
} as Partial<HandlerTable>;

/** A channel's handler called as dispatch calls it: the input parsed by the contract's schema. */
function run<C extends Channel>(
  ctx: HandlerContext,
  channel: C,
  input: Input<C>,
): Output<C> | Promise<Output<C>> {
  const handler = table[channel] as HandlerTable[C];
  const parsed = contract[channel].input.parse(input) as Parameters<HandlerTable[C]>[0];
  return handler(parsed, ctx);
}

/** A synchronous channel, run in one transaction with the tracking of what it created. */
function runTracked<C extends Channel>(
  ctx: HandlerContext,
  channel: C,
  input: Input<C>,
  track: (out: Output<C>) => Partial<DemoRecords>,
): Output<C> {
  return ctx.repos.transaction(() => {
    const out = run(ctx, channel, input);
    if (out instanceof Promise) throw new Error(`${channel} is not synchronous`);
    ctx.repos.demo.track(track(out));
    return out;
  });
}

/** Uploads one file in a single chunk, as the renderer's upload does in several. */
async function upload(
  ctx: HandlerContext,
  to: { caseId: number; itemKey: string },
  filename: string,
  bytes: Uint8Array,
): Promise<CaseDetail> {
  const begun = await run(ctx, 'uploads.begin', {
    filename,
    mime: 'application/pdf',
    size: bytes.length,
  });
  await run(ctx, 'uploads.chunk', { uploadId: begun.uploadId, index: 0, data: bytes });
  return run(ctx, 'uploads.finish', { uploadId: begun.uploadId, ...to });
}

const newest = (ids: number[]) => Math.max(...ids);

async function loadCase(ctx: HandlerContext, demo: DemoCase): Promise<void> {
  const client = runTracked(ctx, 'clients.create', demo.client, (c) => ({
    clients: [{ id: c.id, updatedAt: c.updatedAt }],
  }));
  let detail = runTracked(
    ctx,
    'cases.create',
    {
      clientId: client.id,
      assignee: demo.assignee,
      notes: demo.notes,
      listings: demo.listings,
    },
    (d) => ({ cases: [d.id], listings: d.listings.map((l) => l.id) }),
  );
  if (demo.documentsReceived) {
    for (const item of detail.checklist.filter((i) => i.required)) {
      const { bytes } = await renderLetter(demoDocument(item.name, client.name), letterFonts());
      const to = { caseId: detail.id, itemKey: item.documentId };
      detail = await upload(ctx, to, demoFileName(item.documentId), bytes);
      const files = detail.checklist.find((i) => i.documentId === item.documentId)!.files;
      ctx.repos.transaction(() =>
        ctx.repos.demo.track({ files: [newest(files.map((f) => f.id))] }),
      );
    }
  }
  for (const event of demo.events) {
    detail = runTracked(ctx, 'events.add', { caseId: detail.id, ...event }, (d) => ({
      events: [newest(d.events.map((e) => e.id))],
    }));
  }
}

/** Loads every demo case; returns how many clients and cases it added. */
export async function loadDemo(ctx: HandlerContext): Promise<{ clients: number; cases: number }> {
  const cases = demoCases(today());
  for (const demo of cases) await loadCase(ctx, demo);
  return { clients: cases.length, cases: cases.length };
}
