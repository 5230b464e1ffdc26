/**
 * Sorting the Cases and Clients lists: pinyin, lifecycle order and next date, both
 * directions, keyset pages that neither skip nor repeat a row (ties broken by id), each
 * read in order from an index.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_SORTS, type CaseSort } from '../../core/schemas';
import { STAGES, type Stage } from '../../core/stages';
import { findKit, type FindKit } from '../test/find-kit';

let k: FindKit;
beforeEach(() => {
  k = findKit();
});
afterEach(() => k.db.close());

type Dir = 'asc' | 'desc';

/** Every case of a sort, read a few at a time through the cursors. */
function allPages(sort: CaseSort, direction: Dir, limit: number, search = '') {
  const ids: number[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = k.repos.cases.list({ search, archived: false, sort, direction, limit, cursor });
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 100);
  return ids;
}

const clientNames = (ids: number[]) => ids.map((id) => k.repos.cases.get(id)!.clientName);

describe('cases sorted by client (pinyin)', () => {
  const NAMES = [
    '刘建华',
    'Zeta Trading',
    '北京华信科技发展有限公司',
    'Beta Ltd',
    '阿里巴巴',
    '中国重工',
    '西安飞机',
    '先锋科技',
  ];
  beforeEach(() => {
    NAMES.forEach((name, i) => k.kase(k.client(name, i + 1)));
  });

  it('orders Chinese by pinyin with Latin names among them, and reverses exactly', () => {
    const expected = [
      '阿里巴巴',
      '北京华信科技发展有限公司',
      'Beta Ltd',
      '刘建华',
      '西安飞机',
      '先锋科技',
      'Zeta Trading',
      '中国重工',
    ];
    expect(clientNames(allPages('client', 'asc', 3))).toEqual(expected);
    expect(clientNames(allPages('client', 'desc', 3))).toEqual([...expected].reverse());
  });

  it('agrees with Intl.Collator("zh-CN") on the Chinese names', () => {
    const chinese = clientNames(allPages('client', 'asc', 50)).filter((n) =>
      /\p{Script=Han}/u.test(n),
    );
    expect(chinese).toEqual([...chinese].sort(new Intl.Collator('zh-CN').compare));
    expect(chinese.indexOf('北京华信科技发展有限公司')).toBeLessThan(chinese.indexOf('刘建华'));
  });

  it('follows a renamed client', () => {
    const id = k.repos.clients.list({
      search: '刘建华',
      archived: false,
      sort: 'name',
      direction: 'asc',
      limit: 5,
    }).items[0]!.id;
    k.repos.clients.update(id, { ...k.repos.clients.get(id)!, name: '安徽刘建华' });
    expect(clientNames(allPages('client', 'asc', 50))[1]).toBe('安徽刘建华');
  });
});

describe('keyset paging through equal keys', () => {
  it.each(
    CASE_SORTS.flatMap(
      (s) =>
        [
          [s, 'asc'],
          [s, 'desc'],
        ] as [CaseSort, Dir][],
    ),
  )('sort %s %s: every case once, ties by id', (sort, direction) => {
    // Seven cases of one client, same stage, no next date, created in the same
    // millisecond: every key is equal, so only the id orders them.
    const c = k.client('同一客户有限公司', 1);
    const ids = Array.from({ length: 7 }, () => k.kase(c));
    k.db.exec(
      "UPDATE cases SET created_at = '2026-01-01T00:00:00.000Z', updated_at = '2026-01-01T00:00:00.000Z'",
    );
    const expected = direction === 'asc' ? ids : [...ids].reverse();
    expect(allPages(sort, direction, 3)).toEqual(expected);
    expect(allPages(sort, direction, 1)).toEqual(expected);
    expect(allPages(sort, direction, 7)).toEqual(expected);
  });
});

describe('cases sorted by stage', () => {
  it('in lifecycle order (core/stages.ts), not alphabetically', () => {
    const c = k.client('Stage Co', 1);
    const shuffled: Stage[] = [
      'withdrawn',
      'filed',
      'intake',
      'repaired',
      'waiting',
      'accepted',
      'closed',
      'ready',
      'supplement',
      'refused',
      'preparing',
    ];
    for (const stage of shuffled) {
      k.repos.cases.setComputed(k.kase(c), {
        stage,
        nextAction: {},
        computedOn: '2026-01-01',
        nextDue: null,
      });
    }
    const stages = (ids: number[]) => ids.map((id) => k.repos.cases.get(id)!.stage);
    expect(stages(allPages('stage', 'asc', 4))).toEqual([...STAGES]);
    expect(stages(allPages('stage', 'desc', 4))).toEqual([...STAGES].reverse());
  });

  it('uses the same order in the database as in core/stages.ts', () => {
    for (const [i, stage] of STAGES.entries()) {
      const c = k.client(`Rank ${i}`, i + 1);
      const id = k.kase(c);
      k.repos.cases.setComputed(id, { stage, nextAction: {}, computedOn: '', nextDue: null });
      expect(k.db.prepare('SELECT stage_rank FROM cases WHERE id = :id').get({ id })).toEqual({
        stage_rank: i,
      });
    }
  });
});

describe('cases sorted by next date', () => {
  it('soonest or latest first, cases without one last either way, across pages', () => {
    const c = k.client('Due Co', 1);
    const dues = ['2026-05-01', null, '2026-03-15', '2026-03-15', null, '2026-12-31'];
    const ids = dues.map((nextDue) => {
      const id = k.kase(c);
      k.repos.cases.setComputed(id, {
        stage: 'filed',
        nextAction: {},
        computedOn: '2026-01-01',
        nextDue,
      });
      return id;
    });
    const [d1, n1, d2, d3, n2, d4] = ids as [number, number, number, number, number, number];
    expect(allPages('nextDue', 'asc', 2)).toEqual([d2, d3, d1, d4, n1, n2]);
    expect(allPages('nextDue', 'desc', 2)).toEqual([d4, d1, d3, d2, n2, n1]);
    expect(k.repos.cases.get(d1)!.nextDue).toBe('2026-05-01');
    expect(k.repos.cases.get(n1)!.nextDue).toBeNull();
  });
});

describe('every sort reads an index in order', () => {
  /** The plan of a statement, its named parameters bound to placeholder values. */
  const plan = (sql: string) => {
    const names = [...new Set([...sql.matchAll(/:(\w+)/g)].map((m) => m[1]!))];
    const params = Object.fromEntries(names.map((n) => [n, n === 'ck' ? 'x' : 1]));
    return (k.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
  };
  /** The SQL texts a call prepares (the statement cache prepares each text once). */
  const preparedBy = (fn: () => void): string[] => {
    const statements: string[] = [];
    const original = k.db.prepare.bind(k.db);
    k.db.prepare = ((source: string) => {
      statements.push(source);
      return original(source);
    }) as typeof k.db.prepare;
    try {
      fn();
    } finally {
      k.db.prepare = original;
    }
    return statements;
  };

  it.each(
    CASE_SORTS.flatMap(
      (s) =>
        [
          [s, 'asc'],
          [s, 'desc'],
        ] as [CaseSort, Dir][],
    ),
  )(
    'cases by %s %s, active and archived, first and later pages: no sorting step',
    (sort, direction) => {
      const c = k.client('Plan Co', 1);
      k.kase(c);
      k.kase(c);
      const lists = preparedBy(() => {
        const first = k.repos.cases.list({
          search: '',
          archived: false,
          sort,
          direction,
          limit: 1,
        });
        const cursor = first.nextCursor ?? undefined;
        k.repos.cases.list({ search: '', archived: false, sort, direction, limit: 1, cursor });
        k.repos.cases.list({ search: '', archived: true, sort, direction, limit: 1 });
      }).filter((s) => s.includes('sort_value'));
      expect(lists).toHaveLength(2);
      for (const sql of lists) {
        const p = plan(sql);
        expect(p).toMatch(/cases_by_/);
        expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      }
    },
  );

  it('a stage filter on the default sort reads the stage and update index in order', () => {
    k.kase(k.client('Stage Co', 1));
    const lists = preparedBy(() =>
      k.repos.cases.list({
        search: '',
        archived: false,
        stage: 'filed',
        sort: 'updated',
        direction: 'desc',
        limit: 5,
      }),
    ).filter((s) => s.includes('sort_value'));
    const p = plan(lists[0]!);
    expect(p).toMatch(/cases_by_stage_updated \(archived=\? AND stage=\?\)/);
    expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('a search reads the trigram index once, then the sort index in order', () => {
    k.kase(k.client('北京华信科技', 1));
    const lists = preparedBy(() =>
      k.repos.cases.list({
        search: '华信科技 北京',
        archived: false,
        sort: 'client',
        direction: 'asc',
        limit: 5,
      }),
    ).filter((s) => s.includes('sort_value'));
    const p = plan(lists[0]!);
    expect(p).toMatch(/case_search VIRTUAL TABLE INDEX \d+:M/);
    expect(p).toMatch(/cases_by_client/);
    expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it.each(['name', 'created', 'updated'] as const)('clients by %s', (sort) => {
    k.client('A', 1);
    k.client('B', 2);
    const lists = preparedBy(() => {
      for (const direction of ['asc', 'desc'] as const) {
        const first = k.repos.clients.list({
          search: '',
          archived: false,
          sort,
          direction,
          limit: 1,
        });
        const cursor = first.nextCursor ?? undefined;
        k.repos.clients.list({ search: '', archived: true, sort, direction, limit: 1, cursor });
      }
    }).filter((s) => s.includes('ORDER BY'));
    expect(lists).toHaveLength(4);
    for (const sql of lists) {
      const p = plan(sql);
      expect(p).toMatch(/clients_by_/);
      expect(p).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });
});

describe('clients list', () => {
  it('sorts by the pinyin key and pages through it', () => {
    ['刘建华', '北京华信', 'Beta Ltd', '阿里巴巴'].forEach((n, i) => k.client(n, i + 1));
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = k.repos.clients.list({
        search: '',
        archived: false,
        sort: 'name',
        direction: 'asc',
        limit: 1,
        cursor,
      });
      names.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(['阿里巴巴', '北京华信', 'Beta Ltd', '刘建华']);
  });

  it('searches name and code through its trigram index, 2-character terms through LIKE', () => {
    const a = k.client('北京华信科技发展有限公司', 1);
    const b = k.client('杭州青禾食品有限公司', 2);
    const found = (search: string, archived = false) =>
      k.repos.clients
        .list({ search, archived, sort: 'name', direction: 'asc', limit: 50 })
        .items.map((c) => c.id);
    expect(found('北京')).toEqual([a]);
    expect(found('青禾食品')).toEqual([b]);
    expect(found('91350100m000002')).toEqual([b]);
    expect(found('有限')).toEqual([a, b]);
    expect(found('"AND*')).toEqual([]);
    k.repos.clients.update(a, { ...k.repos.clients.get(a)!, name: '北京新名字有限公司' });
    expect(found('华信科技')).toEqual([]);
    expect(found('新名字')).toEqual([a]);
    k.repos.clients.archive(b);
    expect(found('青禾')).toEqual([]);
    expect(found('青禾', true)).toEqual([b]);
    k.repos.clients.restore(b);
    expect(found('青禾')).toEqual([b]);
  });
});
