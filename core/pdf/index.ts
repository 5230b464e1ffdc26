/** PDF output: filled templates and the submission packet. Pure: font and file bytes come in, PDF bytes go out. */
export { NOTO_SANS_SC_BOLD_TTF, NOTO_SANS_SC_TTF, type FontBytes } from './font';
export { sha256Hex } from './hash';
export { A4, tokenize, wrapText } from './layout';
export { renderLetter, type LetterFonts } from './letter-pdf';
export { dropPageNumbers, FOOTER_BAND } from './footer';
export {
  buildPacket,
  PacketEntryHashMismatchError,
  type BuildPacketInput,
  type EntryStatus,
  type NotEnclosedLine,
  type Packet,
  type PacketCover,
  type PacketEntry,
  type PacketIndexEntry,
} from './packet';
export { renderReportPage, type ReportPage } from './report-page';
