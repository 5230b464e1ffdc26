/**
 * File kinds as people name them: what an extension promises and what a signature found in
 * the bytes shows. Keys are file-type's extensions ('jpg', 'cfb' …) plus 'text' (no
 * signature, no NUL byte) and 'unknown'.
 */
import type { Bilingual } from '../rules/types';

/** The kinds Xiufu can place in a PDF packet (pdf-lib embeds PDF pages, PNG and JPEG). */
export const EMBEDDABLE = ['pdf', 'png', 'jpeg'] as const;
export type Embeddable = (typeof EMBEDDABLE)[number];

/** Any content not recognised as another format, for extensions that carry no signature. */
const PLAIN = ['text', 'unknown'] as const;
const ZIP = ['zip'] as const;

/**
 * What each well-known extension promises: the signatures that fulfil it. A zip-based
 * Office file whose first entry is not its manifest is found as a plain ZIP, so ZIP
 * fulfils those too. An extension not listed here promises nothing.
 */
export const PROMISES: Readonly<Record<string, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png', 'apng'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  jpe: ['jpg'],
  jfif: ['jpg'],
  gif: ['gif'],
  webp: ['webp'],
  bmp: ['bmp'],
  tif: ['tif'],
  tiff: ['tif'],
  heic: ['heic', 'avif'],
  heif: ['heic', 'avif'],
  docx: ['docx', ...ZIP],
  xlsx: ['xlsx', ...ZIP],
  pptx: ['pptx', ...ZIP],
  odt: ['odt', ...ZIP],
  ods: ['ods', ...ZIP],
  odp: ['odp', ...ZIP],
  ofd: [...ZIP],
  zip: [...ZIP],
  doc: ['cfb'],
  xls: ['cfb'],
  ppt: ['cfb'],
  rar: ['rar'],
  '7z': ['7z'],
  rtf: ['rtf'],
  txt: PLAIN,
  csv: PLAIN,
  md: PLAIN,
};

/** Extensions for MIME types a browser sends, for a file whose name has no known extension. */
export const MIME_EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/zip': 'zip',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

/** Signatures of the kinds that go into a packet, and the MIME type stored for them. */
export const EMBED_OF: Readonly<Record<string, { kind: Embeddable; mime: string }>> = {
  pdf: { kind: 'pdf', mime: 'application/pdf' },
  png: { kind: 'png', mime: 'image/png' },
  jpg: { kind: 'jpeg', mime: 'image/jpeg' },
};

const LABELS: Readonly<Record<string, Bilingual>> = {
  pdf: { en: 'a PDF document', zh: 'PDF 文档' },
  png: { en: 'a PNG image', zh: 'PNG 图片' },
  apng: { en: 'an animated PNG image', zh: '动态 PNG 图片' },
  jpg: { en: 'a JPEG image', zh: 'JPEG 图片' },
  gif: { en: 'a GIF image', zh: 'GIF 图片' },
  webp: { en: 'a WebP image', zh: 'WebP 图片' },
  bmp: { en: 'a BMP image', zh: 'BMP 图片' },
  tif: { en: 'a TIFF image', zh: 'TIFF 图片' },
  heic: { en: 'a HEIC photo', zh: 'HEIC 照片' },
  avif: { en: 'an AVIF image', zh: 'AVIF 图片' },
  docx: { en: 'a Word document', zh: 'Word 文档' },
  xlsx: { en: 'an Excel workbook', zh: 'Excel 工作簿' },
  pptx: { en: 'a PowerPoint presentation', zh: 'PowerPoint 演示文稿' },
  odt: { en: 'an OpenDocument text', zh: 'OpenDocument 文本' },
  ods: { en: 'an OpenDocument spreadsheet', zh: 'OpenDocument 电子表格' },
  odp: { en: 'an OpenDocument presentation', zh: 'OpenDocument 演示文稿' },
  ofd: { en: 'an OFD document', zh: 'OFD 版式文档' },
  zip: { en: 'a ZIP archive', zh: 'ZIP 压缩包' },
  cfb: {
    en: 'an older Office file (.doc, .xls or .ppt)',
    zh: '旧版 Office 文件（.doc、.xls 或 .ppt）',
  },
  doc: { en: 'a Word 97–2003 document', zh: 'Word 97–2003 文档' },
  xls: { en: 'an Excel 97–2003 workbook', zh: 'Excel 97–2003 工作簿' },
  ppt: { en: 'a PowerPoint 97–2003 presentation', zh: 'PowerPoint 97–2003 演示文稿' },
  rar: { en: 'a RAR archive', zh: 'RAR 压缩包' },
  '7z': { en: 'a 7-Zip archive', zh: '7-Zip 压缩包' },
  rtf: { en: 'a rich-text document', zh: 'RTF 文档' },
  xml: { en: 'an XML file', zh: 'XML 文件' },
  text: { en: 'plain text', zh: '纯文本' },
  txt: { en: 'a plain-text file', zh: '纯文本文件' },
  csv: { en: 'a CSV table', zh: 'CSV 表格' },
  md: { en: 'a Markdown text', zh: 'Markdown 文本' },
  unknown: { en: 'data Xiufu does not recognise', zh: '无法识别的数据' },
};

const ALIASES: Readonly<Record<string, string>> = {
  jpeg: 'jpg',
  jpe: 'jpg',
  jfif: 'jpg',
  tiff: 'tif',
  heif: 'heic',
};

/** "a PDF document" / "PDF 文档"; an unlisted kind is named by its extension. */
export function kindLabel(kind: string): Bilingual {
  const key = ALIASES[kind] ?? kind;
  return LABELS[key] ?? { en: `a .${kind} file`, zh: `.${kind} 文件` };
}
