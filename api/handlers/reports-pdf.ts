/** A chart of the Reports screen as a PDF page: the renderer's PNG and the chart's table. */
import { renderReportPage } from '../../core/pdf';
import { isPng } from '../../core/reports';
import { AppError } from '../errors';
import { pdfFont } from '../fonts';
import type { HandlerTable } from './context';

export const reportPdfHandlers: HandlerTable<'reports.preview'> = {
  'reports.preview': async (input) => {
    const png = new Uint8Array(Buffer.from(input.png, 'base64'));
    if (!isPng(png)) throw new AppError('invalid', 'reports.pdfImage', {}, 'png');
    let bytes: Uint8Array;
    try {
      bytes = await renderReportPage({ ...input, png }, pdfFont());
    } catch {
      // pdf-lib refuses a PNG whose chunks are damaged: the picture, not the app, is at fault.
      throw new AppError('invalid', 'reports.pdfImage', {}, 'png');
    }
    return { data: Buffer.from(bytes).toString('base64'), bytes: bytes.length };
  },
};
