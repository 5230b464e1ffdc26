/**
 * Builds the benchmark's data folder the way users do, through the backend's channels:
 * clients.create, listings.create, cases.create, and files attached with uploads.begin /
 * uploads.chunk / uploads.finish (checked as documents, stored by SHA-256). Nothing is
 * written with SQL here. A finished folder is marked with seed.json, so a rerun with the
 * same XIUFU_BENCH_DIR and sizes starts from it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Channel, Input, Output } from '../../api/contract';
import { createBackend, type Backend } from '../../api/dispatch';
import { UPLOAD_CHUNK_BYTES } from '../../core/documents/inputs';
import { idCardCheckChar, usccCheckChar } from '../../core/ids';
import type { RegimeId } from '../../core/regimes';
import { today } from '../../core/today';
import { makeFile, planFiles, seeded } from './documents';

export interface Seeded {
  cases: number;
  clients: number;
  files: number;
  fileBytes: number;
}

const MARKER = 'seed.json';
const quiet = () => undefined;

export async function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const r = await backend.dispatch(channel, input, { lang: 'en' });
  if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.error)}`);
  return r.value as Output<C>;
}

const CITIES = [
  ['杭州', '330100'],
  ['宁波', '330200'],
  ['温州', '330300'],
  ['苏州', '320500'],
  ['南京', '320100'],
  ['广州', '440100'],
  ['深圳', '440300'],
  ['成都', '510100'],
  ['武汉', '420100'],
  ['西安', '610100'],
] as const;
const WORDS = ['恒信', '华盛', '永泰', '金桥', '瑞丰', '天成', '鼎新', '博远', '中和', '宏达'];
const TRADES = ['科技', '贸易', '建筑工程', '食品', '物流', '餐饮管理', '电子', '医药'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰'];
const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const COMPANY_REGIMES: RegimeId[] = [
  'samr-serious-list',
  'samr-abnormal',
  'samr-penalty-general',
  'samr-penalty-serious',
  'cc-penalty-general',
  'cc-penalty-serious',
  'tax-major-violation',
];

function clientOf(i: number, random: () => number): Input<'clients.create'> {
  const [city, region] = CITIES[i % CITIES.length]!;
  const person = `${SURNAMES[i % 10]}${GIVEN[Math.floor(random() * GIVEN.length)]}`;
  const contacts = [{ name: person, role: '联系人', phone: `138${String(i).padStart(8, '0')}` }];
  const address = `${city}市${WORDS[i % 10]}路${(i % 997) + 1}号`;
  if (i % 10 === 9) {
    // Every tenth client is a person: birth date and sequence number unique to each.
    const j = Math.floor(i / 10);
    const birth = Temporal.PlainDate.from('1960-01-01').add({ days: j % 20_000 });
    const sequence = String(Math.floor(j / 20_000) % 1000).padStart(3, '0');
    const first17 = `${CITIES[j % CITIES.length]![1]}${birth.toString().replaceAll('-', '')}${sequence}`;
    return {
      kind: 'person',
      name: person,
      idNumber: first17 + idCardCheckChar(first17),
      address,
      contacts,
    };
  }
  let code = '';
  for (let n = i, k = 0; k < 9; k++, n = Math.floor(n / 31)) code = USCC_BODY[n % 31]! + code;
  const first17 = `91${region}${code}`;
  return {
    kind: 'company',
    name: `${city}${WORDS[i % 10]}${TRADES[i % TRADES.length]}有限公司（${i}）`,
    idNumber: first17 + usccCheckChar(first17),
    address,
    legalRep: person,
    contacts,
  };
}

function listingOf(
  i: number,
  n: number,
  clientId: number,
  person: boolean,
  random: () => number,
): Input<'listings.create'> {
  const regimeId = person
    ? 'court-dishonest-debtor'
    : COMPANY_REGIMES[(i + n) % COMPANY_REGIMES.length]!;
  const [city] = CITIES[i % CITIES.length]!;
  // Decisions of the last three years; listing and publication follow within weeks.
  const decided = Temporal.PlainDate.from(today()).subtract({
    days: 30 + Math.floor(random() * 1100),
  });
  const listed = decided.add({ days: Math.floor(random() * 20) });
  const published = listed.add({ days: Math.floor(random() * 10) });
  const court = regimeId === 'court-dishonest-debtor';
  return {
    clientId,
    regimeId,
    authority: court ? `${city}市中级人民法院` : `${city}市市场监督管理局`,
    decisionNo: `${city.slice(0, 1)}${court ? '执' : '市监处'}〔${decided.year}〕${i * 3 + n + 1}号`,
    decisionDate: decided.toString(),
    listingDate: listed.toString(),
    publicationDate: published.toString(),
    reason: court ? '未履行生效法律文书确定的义务' : '未按规定公示年度报告',
    penaltyAmount: regimeId.includes('penalty') ? String(5000 + (i % 50) * 1000) : '',
    penaltyPaid: random() < 0.5,
  };
}

async function attach(
  backend: Backend,
  caseId: number,
  itemKey: string,
  file: Awaited<ReturnType<typeof makeFile>>,
) {
  const { uploadId } = await call(backend, 'uploads.begin', {
    filename: file.filename,
    mime: file.mime,
    size: file.bytes.length,
  });
  for (let at = 0, index = 0; at < file.bytes.length; at += UPLOAD_CHUNK_BYTES, index++) {
    const data = file.bytes.subarray(at, at + UPLOAD_CHUNK_BYTES);
    await call(backend, 'uploads.chunk', { uploadId, index, data });
  }
  await call(backend, 'uploads.finish', { uploadId, caseId, itemKey });
}

/** The marker of a finished seed of these sizes, or null (then the folder is built anew). */
export function cachedSeed(root: string, cases: number, mb: number): Seeded | null {
  const file = join(root, MARKER);
  if (!existsSync(file) || !existsSync(join(root, 'data', 'xiufu.db'))) return null;
  const m = JSON.parse(readFileSync(file, 'utf8')) as Seeded & { mb: number };
  return m.cases === cases && m.mb === mb ? m : null;
}

export async function seed(root: string, cases: number, mb: number): Promise<Seeded> {
  const dataDir = join(root, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(join(root, MARKER), { force: true });
  const backend = createBackend({ dataDir, log: quiet });
  await backend.ready;
  const random = seeded(2026);
  const plan = planFiles(mb * 1024 * 1024);
  // The attachments go to cases spread over the whole range, as they arrive in real life.
  const every = cases / Math.max(1, plan.length);
  const started = Date.now();
  let fileBytes = 0;
  let nextFile = 0;
  let lastReport = started;
  try {
    for (let i = 0; i < cases; i++) {
      const input = clientOf(i, random);
      const client = await call(backend, 'clients.create', input);
      const person = input.kind === 'person';
      const listingIds: number[] = [];
      for (let n = 0; n < (random() < 0.2 ? 2 : 1); n++) {
        listingIds.push(
          (await call(backend, 'listings.create', listingOf(i, n, client.id, person, random))).id,
        );
      }
      const kase = await call(backend, 'cases.create', {
        clientId: client.id,
        listingIds,
        assignee: '林律师',
      });
      while (nextFile < plan.length && Math.floor(nextFile * every) === i) {
        const file = await makeFile(plan[nextFile]!);
        const items = kase.checklist;
        await attach(backend, kase.id, items[nextFile % items.length]!.documentId, file);
        fileBytes += file.bytes.length;
        nextFile++;
      }
      const now = Date.now();
      if (now - lastReport > 5000 || i + 1 === cases) {
        lastReport = now;
        const rate = (i + 1) / ((now - started) / 1000);
        console.log(
          `  seeding: ${i + 1}/${cases} cases, ${nextFile}/${plan.length} files (${(fileBytes / 1048576).toFixed(0)} MB), ` +
            `${rate.toFixed(0)} cases/s, about ${Math.ceil((cases - i - 1) / rate / 60)} min left`,
        );
      }
    }
  } finally {
    backend.close();
  }
  const result: Seeded = { cases, clients: cases, files: plan.length, fileBytes };
  writeFileSync(join(root, MARKER), JSON.stringify({ ...result, mb }, null, 2) + '\n');
  return result;
}
