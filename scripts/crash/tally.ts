/** The crash test's figures, and the summary it ends with. */
import type { InspectedData } from '../../db/inspect';
import type { Category } from './check-db';
import type { Aim, CycleResult } from './cycle';

export class Tally {
  private kills = new Map<string, number>();
  private problems = new Map<Category, number>();
  private examples: string[] = [];
  private orphans = new Set<string>();
  private partial = new Set<string>();
  private missing = new Set<string>();
  private corrupt = new Set<string>();
  private cyclesWithLeftovers = 0;
  private refusals = new Map<string, number>();
  private internal = 0;
  private checks = 0;
  private acked = 0;
  private integrityResults: string[] = [];

  add(cycle: number, r: CycleResult, ackedSoFar: number, killed = true): void {
    if (killed) {
      const key = r.aim === r.hit ? r.aim : `${r.aim} → ${r.hit as Aim}`;
      this.kills.set(key, (this.kills.get(key) ?? 0) + 1);
      // Every acknowledged write so far was checked after this kill.
      this.checks += ackedSoFar;
    }
    this.acked = ackedSoFar;
    for (const p of r.problems) {
      this.problems.set(p.category, (this.problems.get(p.category) ?? 0) + 1);
      if (this.examples.length < 20)
        this.examples.push(`cycle ${cycle}: [${p.category}] ${p.text}`);
    }
    if (r.files) {
      const leftovers = r.files.orphans.length + r.files.partial.length;
      if (leftovers > 0) this.cyclesWithLeftovers += 1;
      r.files.orphans.forEach((f) => this.orphans.add(f));
      r.files.partial.forEach((f) => this.partial.add(f));
      r.files.missing.forEach((f) => this.missing.add(f));
      r.files.corrupt.forEach((f) => this.corrupt.add(f));
      for (const f of [...r.files.missing, ...r.files.corrupt])
        if (this.examples.length < 20) this.examples.push(`cycle ${cycle}: [files] ${f}`);
    }
    for (const x of r.refusals) {
      const key = `${x.channel} ${x.code}`;
      this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
      if (x.code === 'internal') {
        this.internal += 1;
        if (this.examples.length < 20)
          this.examples.push(`cycle ${cycle}: [internal] ${x.channel}: ${x.message}`);
      }
    }
  }

  /** Problems found so far (leftover files not counted: they are summed up at the end). */
  findings(): number {
    return (
      [...this.problems.values()].reduce((a, b) => a + b, 0) +
      this.missing.size +
      this.corrupt.size +
      this.internal
    );
  }

  integrity(result: string[]): void {
    this.integrityResults = result;
  }

  /** Prints the summary; true when the run failed. */
  print(cycles: number, seed: number, seconds: number, atRest: InspectedData): boolean {
    const count = (c: Category) => this.problems.get(c) ?? 0;
    const leftovers = this.orphans.size + this.partial.size;
    const lines = [
      '',
      `Crash test summary (seed ${seed}, ${seconds.toFixed(0)} s)`,
      `  cycles (kill -9, restart, check): ${cycles}`,
      `  kills aimed at: ${[...this.kills].map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `  acknowledged writes: ${this.acked} (${this.checks} checks, each after every later kill)`,
      `  acknowledged writes lost: ${count('lost')}`,
      `  half-written (case rows, dates or history out of step): ${count('halfWritten')}`,
      `  integrity_check: ${count('integrity') === 0 ? 'ok after every kill' : `${count('integrity')} failures`}; at rest: ${this.integrityResults.join('; ')}`,
      `  files: ${this.missing.size} missing, ${this.corrupt.size} not matching their hash`,
      `  left behind after restart: ${this.orphans.size} orphan files, ${this.partial.size} partial (uploads/temp), in ${this.cyclesWithLeftovers} cycles`,
      `  refused calls: ${[...this.refusals].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'} (internal: ${this.internal})`,
      `  data at the end: ${atRest.clients.length} clients, ${atRest.cases.length} cases, ${atRest.events.length} events, ${atRest.files.length} files, ${atRest.packets.length} packets`,
    ];
    const examples = [...this.examples];
    for (const f of [...this.orphans].slice(0, 5)) examples.push(`[orphan] files/${f}`);
    for (const f of [...this.partial].slice(0, 5)) examples.push(`[partial] files/${f}`);
    if (examples.length) lines.push('  findings:', ...examples.map((e) => `    ${e}`));
    const failed =
      count('lost') +
        count('halfWritten') +
        count('integrity') +
        this.missing.size +
        this.corrupt.size +
        this.internal >
        0 ||
      this.integrityResults.join() !== 'ok' ||
      leftovers > 0;
    lines.push(failed ? 'Crash test FAILED' : 'Crash test passed');
    console.log(lines.join('\n'));
    return failed;
  }
}
