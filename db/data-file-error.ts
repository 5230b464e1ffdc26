import type { DataFileProblem } from '../core/backups';

/**
 * The data file was not opened because it is not a database Xiufu can use as it is
 * (empty, foreign, damaged, newer, unreadable). Nothing was written to it.
 */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DataFileProblem,
    message = `The data file ${file} was not opened (${problem.kind}); it was not changed.`,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}
