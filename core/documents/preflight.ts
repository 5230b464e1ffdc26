/**
 * Packet pre-flight: before a packet is built, what it would leave out — required
 * documents missing, documents expired, files whose stored bytes are unreadable, files a
 * PDF cannot hold, documents marked received with nothing attached — and the paper
 * originals it names without enclosing. Pure: the file checks come in as `health`.
 */
import type { Lang } from '../messages';
import type { Bilingual } from '../rules/types';
import type { CaseFile, ChecklistItem } from '../types';
import { isExpired } from './checklist';

/** What re-reading a stored file found: intact and decodable, or why not. */
export type FileHealth = 'ok' | 'corrupt' | 'missing' | 'unreadable';

export type NotEnclosedKind =
  'missing' | 'expired' | 'unreadable' | 'notEmbeddable' | 'noFile' | 'paperOriginal';

export interface NotEnclosed {
  itemKey: string;
  name: Bilingual;
  kind: NotEnclosedKind;
  /** The file concerned, where the line is about one file. */
  file?: { id: number; filename: string; sha256: string };
  /**
   * expired: the last valid day; unreadable: corrupt | missing | unreadable;
   * notEmbeddable: type | encrypted; paperOriginal: the user's note; else ''.
   */
  detail: string;
}

export interface Preflight {
  /** Files that go into the packet, in checklist order. */
  enclosed: { itemKey: string; name: Bilingual; file: CaseFile }[];
  /** What would be left out: exporting anyway needs the user's written reason. */
  problems: NotEnclosed[];
  /** Paper originals: in hand, named in the index with their note, not enclosed. */
  paper: NotEnclosed[];
  /** Problems and paper originals together, in checklist order: the index's "not enclosed" lines. */
  notEnclosed: NotEnclosed[];
}

/** What the pre-flight channel answers: the findings, and how many files would go in. */
export interface PreflightSummary {
  problems: NotEnclosed[];
  paper: NotEnclosed[];
  enclosed: number;
}

const IN_HAND = new Set(['received', 'verified', 'paperOriginal']);

export function preflight(
  checklist: readonly ChecklistItem[],
  health: ReadonlyMap<number, FileHealth>,
  today: string,
): Preflight {
  const result: Preflight = { enclosed: [], problems: [], paper: [], notEnclosed: [] };
  for (const item of checklist) {
    // "Not needed" is the user's recorded decision: nothing of it goes in, nothing is missing.
    if (item.status === 'notNeeded') continue;
    const base = { itemKey: item.documentId, name: item.name };
    const line = (kind: NotEnclosedKind, detail = '', file?: CaseFile) => ({
      ...base,
      kind,
      detail,
      ...(file ? { file: { id: file.id, filename: file.filename, sha256: file.sha256 } } : {}),
    });
    const problem = (n: NotEnclosed) => (result.problems.push(n), result.notEnclosed.push(n));
    const inHand = IN_HAND.has(item.status);
    if (item.status === 'paperOriginal') {
      const paper = line('paperOriginal', item.note);
      result.paper.push(paper);
      result.notEnclosed.push(paper);
    }
    if (item.required && !inHand) problem(line('missing'));
    if (isExpired(item.validUntil, today) && (inHand || item.files.length > 0)) {
      if (item.files.length === 0) problem(line('expired', item.validUntil));
      for (const f of item.files) problem(line('expired', item.validUntil, f));
      continue;
    }
    if (item.files.length === 0 && (item.status === 'received' || item.status === 'verified'))
      problem(line('noFile'));
    for (const f of item.files) {
      const state = health.get(f.id) ?? 'missing';
      if (f.notEmbeddable) problem(line('notEmbeddable', f.notEmbeddable, f));
      else if (state !== 'ok') problem(line('unreadable', state, f));
      else result.enclosed.push({ ...base, file: f });
    }
  }
  return result;
}

const WHY: Record<Lang, (n: NotEnclosed) => string> = {
  en: (n) => {
    switch (n.kind) {
      case 'missing':
        return 'missing (not received)';
      case 'expired':
        return `expired (valid until ${n.detail})`;
      case 'noFile':
        return 'marked received, but no file is attached';
      case 'paperOriginal':
        return `paper original, not enclosed: ${n.detail}`;
      case 'notEmbeddable':
        return n.detail === 'encrypted'
          ? 'a password-protected PDF cannot be placed in the packet'
          : 'only PDF, PNG and JPEG files can be placed in the packet';
      case 'unreadable':
        return n.detail === 'corrupt'
          ? 'the stored copy no longer matches its SHA-256'
          : n.detail === 'missing'
            ? 'the stored copy is missing from the data folder'
            : 'the stored copy cannot be read (damaged)';
    }
  },
  zh: (n) => {
    switch (n.kind) {
      case 'missing':
        return '缺少（尚未收到）';
      case 'expired':
        return `已过期（有效期至 ${n.detail}）`;
      case 'noFile':
        return '已标记为收到，但未添加文件';
      case 'paperOriginal':
        return `纸质原件，未附：${n.detail}`;
      case 'notEmbeddable':
        return n.detail === 'encrypted'
          ? '设有密码保护的 PDF 无法附入材料包'
          : '只有 PDF、PNG 和 JPEG 文件可以附入材料包';
      case 'unreadable':
        return n.detail === 'corrupt'
          ? '存储副本与其 SHA-256 不符'
          : n.detail === 'missing'
            ? '数据文件夹中缺少存储副本'
            : '存储副本无法读取（已损坏）';
    }
  },
};

/**
 * "Business licence — licence.png: expired (valid until 2025-12-31)", "Proof of performance —
 * missing (not received)"; a paper original reads "Business licence — paper original, not
 * enclosed: <note>".
 */
export function describeNotEnclosed(n: NotEnclosed, lang: Lang): string {
  const name = n.name[lang];
  if (!n.file) return `${name} — ${WHY[lang](n)}`;
  return `${name} — ${n.file.filename}${lang === 'zh' ? '：' : ': '}${WHY[lang](n)}`;
}

/** A line of the packet's index: "Not enclosed: …"; a paper original's line says so itself. */
export function notEnclosedLine(n: NotEnclosed, lang: Lang): string {
  const text = describeNotEnclosed(n, lang);
  if (n.kind === 'paperOriginal') return text;
  return `${lang === 'zh' ? '未附：' : 'Not enclosed: '}${text}`;
}

/** Every problem in one sentence, for the refusal that asks for a reason. */
export function describeProblems(problems: readonly NotEnclosed[], lang: Lang): string {
  return problems.map((p) => describeNotEnclosed(p, lang)).join(lang === 'zh' ? '；' : '; ');
}
