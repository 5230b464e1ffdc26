/**
 * The history chain (issue 11), in English and in 简体中文: Settings › Integrity verifies
 * on demand and shows "intact" with the checkpoint; then, with the app stopped, a history
 * row is edited directly in the data file (raw SQL, the append-only triggers dropped, as a
 * tester with write access would), and after the restart every screen shows the red
 * banner naming that entry.
 */
import { join } from 'node:path';
import { usccCheckChar } from '../core/ids';
import { DB_FILE } from '../db/connection';
import { forgeCaseCreation } from '../db/test/tamper';
import { templateRe } from './backups-pages';
import { expect, test } from './fixtures';
import {
  api,
  fill,
  labels,
  navigate,
  SAMR_LISTING,
  sectionOf,
  setUpCase,
  shotOf,
  switchLanguage,
  type Lang,
} from './pages';

const code = (base: string) => base + usccCheckChar(base);

for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
  test(`integrity: intact with its checkpoint, then a row edited in the file is named by the banner (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    await api(app.page, 'settings.update', { notifications: false });
    if (lang === 'zh') await switchLanguage(app.page, 'zh');
    const kase = await setUpCase(app.page, {
      client: { name: '衢州柯城纸业有限公司', idNumber: code('91330800MA2FFFFF1') },
      listing: SAMR_LISTING,
    });

    await navigate(app.page, t.nav.settings);
    const section = sectionOf(app.page, t.integrity.title);
    await section.getByRole('button', { name: t.integrity.verifyNow }).click();
    const intact = section
      .getByRole('status')
      .filter({ hasText: templateRe(t.integrity.intact_other) });
    await expect(intact).toBeVisible();
    const head = await api(app.page, 'history.status', {});
    expect(head.verdict?.state).toBe('intact');
    const count = head.verdict?.state === 'intact' ? head.verdict.head.count : 0;
    expect(count).toBeGreaterThanOrEqual(3);
    await expect(intact).toContainText(String(count));
    await expect(section.getByText(templateRe(t.integrity.checkpointText))).toContainText(
      String(count),
    );
    await expect(section.getByLabel(t.integrity.hash)).toHaveText(/^[0-9a-f]{64}$/);
    await expect(app.page.getByRole('alert')).toHaveCount(0);
    await shotOf(section, `integrity-intact-${lang}`);

    // With the app stopped: the case's "create" entry edited in the file itself.
    let edited = 0;
    await app.restart(() => {
      edited = forgeCaseCreation(join(app.dataDir, DB_FILE), kase.id);
    });

    const banner = app.page.getByRole('alert').filter({ hasText: t.chainBanner.title });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    const entry = fill(t.chainBanner.entry, {
      id: edited,
      what: fill(t.history.create, { entity: t.history.entity.case }),
      entity: t.history.entity.case,
      entityId: kase.id,
      actor: '',
      time: '',
    }).split(t.chainBanner.entry.includes('，由') ? '，由' : ', by')[0]!;
    await expect(banner).toContainText(entry);
    await expect(banner).toContainText(t.chainBanner.part.content);
    await expect(banner).toContainText(t.chainBanner.todo);
    await app.shot(`integrity-banner-${lang}`);
    // On every screen, not only Settings.
    await navigate(app.page, t.nav.cases);
    await expect(banner).toBeVisible();
  });
}
