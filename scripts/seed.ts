/**
 * Fills an empty data folder through the backend's channels, to try the app:
 *   XIUFU_DATA_DIR=/tmp/xiufu-10k npm run seed -- --cases 10000      (default 1,000)
 *     realistic firms, the benchmark's seeder (scripts/bench/seed.ts), to try it at size;
 *   XIUFU_DATA_DIR=/tmp/xiufu-demo npm run seed -- --demo
 *     the demo data, exactly as the dashboard's "Load demo data" loads it (demo.load).
 * The folder must be named: seeding never goes into the default data folder by accident.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../api/dispatch';
import { seedFolder } from './bench/seed';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    demo: { type: 'boolean', default: false },
  },
});
const cases = Number(values.cases);
const dir = process.env.XIUFU_DATA_DIR?.trim();
if (!dir || !Number.isInteger(cases) || cases < 1) {
  console.error(
    'Usage: XIUFU_DATA_DIR=<an empty folder> npm run seed -- --cases <how many> | --demo',
  );
  process.exit(2);
}

async function seedDemo(dataDir: string) {
  const backend = createBackend({ dataDir, log: (line) => console.error(JSON.stringify(line)) });
  try {
    await backend.ready;
    const result = await backend.dispatch('demo.load', {}, { lang: 'en' });
    if (!result.ok) {
      console.error(result.error.message);
      process.exitCode = 1;
      return;
    }
    const { clients, cases } = result.value as { clients: number; cases: number };
    console.log(`Loaded the demo data (${clients} clients, ${cases} cases) into ${dataDir}`);
  } finally {
    backend.close();
  }
}

if (values.demo) {
  await seedDemo(resolve(dir));
} else {
  const stats = await seedFolder(resolve(dir), cases);
  console.log(
    `Seeded ${stats.cases} cases (${stats.listings} listings, ${stats.events} events) in ${resolve(dir)} ` +
      `in ${(stats.ms / 1000).toFixed(1)} s`,
  );
}
