/**
 * Fills an empty data folder with realistic firms through the backend's channels, the
 * benchmark's seeder (scripts/bench/seed.ts), to try the app at size:
 *   XIUFU_DATA_DIR=/tmp/xiufu-10k npm run seed -- --cases 10000      (default 1,000)
 * The folder must be named: seeding never goes into the default data folder by accident.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { seedFolder } from './bench/seed';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000' } } });
const cases = Number(values.cases);
const dir = process.env.XIUFU_DATA_DIR?.trim();
if (!dir || !Number.isInteger(cases) || cases < 1) {
  console.error('Usage: XIUFU_DATA_DIR=<an empty folder> npm run seed -- --cases <how many>');
  process.exit(2);
}
const stats = await seedFolder(resolve(dir), cases);
console.log(
  `Seeded ${stats.cases} cases (${stats.listings} listings, ${stats.events} events) in ${resolve(dir)} ` +
    `in ${(stats.ms / 1000).toFixed(1)} s`,
);
