/**
 * Typed refusals of the attachment store. api/ maps them to messages in the user's
 * language; the English text here is for logs and for callers that show it as is.
 */

const MB = 1024 * 1024;

/** Whole megabytes for the limit (it is set in MB), one decimal for the file. */
function mb(bytes: number, decimals: number): string {
  return (bytes / MB).toFixed(decimals);
}

export class AttachmentTooLargeError extends Error {
  constructor(
    readonly limit: number,
    /** The file's size; when the limit was crossed while reading, the bytes read so far. */
    readonly size: number,
  ) {
    super(
      `This file is ${mb(size, 1)} MB; attachments may be at most ${mb(limit, 0)} MB each. ` +
        'Nothing was stored. Split or compress the file and attach it again.',
    );
    this.name = 'AttachmentTooLargeError';
  }
}

export class AttachmentCorruptError extends Error {
  constructor(
    readonly sha256: string,
    readonly actual: string,
  ) {
    super(
      `The stored file ${sha256} no longer matches its SHA-256 (it now hashes to ${actual}). ` +
        'It was not used. Restore it from a backup or attach the original again.',
    );
    this.name = 'AttachmentCorruptError';
  }
}

export class AttachmentMissingError extends Error {
  constructor(readonly sha256: string) {
    super(
      `The stored file ${sha256} is missing from the data folder. ` +
        'Restore it from a backup or attach the original again.',
    );
    this.name = 'AttachmentMissingError';
  }
}

/** A SHA-256 that is not 64 lower-case hex digits never reaches the file system. */
export class InvalidSha256Error extends Error {
  constructor(readonly value: string) {
    super(`Not a SHA-256 (64 lower-case hex digits): ${JSON.stringify(value.slice(0, 80))}`);
    this.name = 'InvalidSha256Error';
  }
}
