/**
 * One chart of the Reports screen as a PDF: its title, the note saying how it is counted,
 * the chart's picture (a PNG drawn in the renderer) and its table, in Noto Sans SC so
 * Chinese prints. A table too long for the page continues on the next, headers repeated.
 */
import { rgb, type PDFPage } from 'pdf-lib';
import { newDocument, type FontedDoc } from './draw';
import { A4, MARGIN, TEXT_WIDTH, wrapText } from './layout';

export interface ReportPage {
  title: string;
  note: string;
  png: Uint8Array;
  columns: string[];
  rows: string[][];
}

const TITLE = 15;
const BODY = 9;
const CELL = 8.5;
const ROW_HEIGHT = 15;
const RULE = rgb(0.75, 0.75, 0.75);
const INK = rgb(0.1, 0.1, 0.1);

/** Cut a cell's text to its column's width, with an ellipsis when it was longer. */
function fit(fd: FontedDoc, text: string, width: number): string {
  if (fd.measure(text, CELL) <= width) return text;
  let cut = text;
  while (cut.length > 1 && fd.measure(`${cut}…`, CELL) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export async function renderReportPage(r: ReportPage, fontBytes: Uint8Array): Promise<Uint8Array> {
  const fd = await newDocument(fontBytes, r.title);
  let page: PDFPage = fd.doc.addPage(A4);
  let y = A4[1] - MARGIN.top;
  const text = (s: string, size: number, x: number = MARGIN.side) =>
    page.drawText(s, { x, y, size, font: fd.font, color: INK });

  text(r.title, TITLE);
  y -= TITLE * 1.8;
  for (const paragraph of r.note.split('\n'))
    for (const line of wrapText(paragraph, TEXT_WIDTH, (s) => fd.measure(s, BODY))) {
      text(line, BODY);
      y -= BODY * 1.6;
    }
  y -= 6;

  const image = await fd.doc.embedPng(r.png);
  const scale = Math.min(1, TEXT_WIDTH / image.width, (A4[1] * 0.45) / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: MARGIN.side, y: y - h, width: w, height: h });
  y -= h + 18;

  const colWidth = TEXT_WIDTH / Math.max(1, r.columns.length);
  const drawRow = (cells: string[], header: boolean) => {
    cells.forEach((cell, i) => {
      const x = MARGIN.side + i * colWidth;
      text(fit(fd, cell, colWidth - 6), CELL, x);
    });
    page.drawLine({
      start: { x: MARGIN.side, y: y - 4 },
      end: { x: MARGIN.side + TEXT_WIDTH, y: y - 4 },
      thickness: header ? 0.8 : 0.3,
      color: header ? INK : RULE,
    });
    y -= ROW_HEIGHT;
  };
  drawRow(r.columns, true);
  for (const row of r.rows) {
    if (y < MARGIN.bottom) {
      page = fd.doc.addPage(A4);
      y = A4[1] - MARGIN.top;
      drawRow(r.columns, true);
    }
    drawRow(row, false);
  }
  return fd.doc.save();
}
