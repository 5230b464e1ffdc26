/**
 * A CSV's bytes as text: UTF-8 (with or without its byte-order mark) when they are valid
 * UTF-8, else GB18030, which Excel in China writes (a superset of GBK and GB2312).
 */
export type TextEncodingName = 'utf-8' | 'gb18030';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
