/**
 * The history chain's integrity (issue 11): checkpoints of its head, what a verification
 * found, and the status the app serves. Pure data, shared by the backend and the screens.
 */
import { z } from 'zod';

const sha = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The head of the chain at one moment: its hash commits to every entry before it, so a
 * saved checkpoint proves later that nothing up to `id` was rewritten.
 */
export const checkpointSchema = z.object({
  /** Entries in the chain up to and including the head. */
  count: z.number().int().nonnegative(),
  /** The head entry's id (0 for an empty chain). */
  id: z.number().int().nonnegative(),
  hash: sha,
  /** UTC instant the checkpoint was taken. */
  at: z.string().min(1).max(40),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** What a verification names about the first entry that does not hold. */
export type ChainBreakKind =
  /** Its content or its facts (actor, time, …) no longer match its hashes. */
  | 'edited'
  /** The entry before it is missing: its link points at an entry that is not there. */
  | 'deleted'
  /** It was put into the chain: the entry after it links past it. */
  | 'inserted'
  /** It stands where another entry should: its link points at a later entry. */
  | 'reordered'
  /** Its content was removed and no erasure entry lists it. */
  | 'erased'
  /** A checkpoint handed out earlier no longer holds: the chain was rewritten after `afterId`. */
  | 'rewritten';

/** An entry as a verification names it (not its content: that may be what was changed). */
export interface ChainEntryRef {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
}

export interface ChainBreak {
  kind: ChainBreakKind;
  /** For `edited`: what no longer matches. */
  part?: 'content' | 'facts';
  /** The entry found; null when the chain now ends before it (truncated). */
  entry: ChainEntryRef | null;
  /** For `rewritten`: the last entry a checkpoint still vouches for (0: from the start). */
  afterId?: number;
  /** For `rewritten`: the checkpoint that no longer holds. */
  checkpoint?: Checkpoint;
}

export type ChainVerdict =
  | { state: 'intact'; checkedAt: string; head: Checkpoint }
  | { state: 'broken'; checkedAt: string; found: ChainBreak };

/** What Settings › Integrity and the banner show. */
export interface IntegrityStatus {
  /** The latest verification's result; null until the first one ends. */
  verdict: ChainVerdict | null;
  /** A verification running now, with its progress (entries by id). */
  running: { jobId: string; done: number; total: number } | null;
}

/** A saved checkpoint checked against today's chain. */
export type CheckpointCheck =
  | { state: 'holds'; checkpoint: Checkpoint }
  | { state: 'rewritten'; checkpoint: Checkpoint; found: ChainEntryRef | null };

export const checkpointCheckInput = z.object({ checkpoint: checkpointSchema });

/**
 * Settings › Integrity's "Check a saved checkpoint": the text pasted or read from the file
 * "Save to file" wrote, parsed into the checkpoint history.check takes.
 */
export const checkpointTextInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, { message: 'integrity.checkpointEmpty' })
    .transform((text, ctx): Checkpoint => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'integrity.checkpointNotJson' });
        return z.NEVER;
      }
      const parsed = checkpointSchema.safeParse(json);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: 'integrity.checkpointInvalid' });
      return z.NEVER;
    }),
});

/** The file "Save to file" writes: the checkpoint, named so it is recognised later. */
export const checkpointFile = (cp: Checkpoint): string =>
  JSON.stringify({ kind: 'xiufu-history-checkpoint', ...cp }, null, 2) + '\n';
