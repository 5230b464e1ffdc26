/**
 * PDF pages drawn onto canvases with pdf.js, its worker bundled by Vite (?url) so the
 * preview works offline in both shells: served from the app's own origin ('self').
 */
import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** One worker for every preview: starting a worker per keystroke's PDF would cost more than drawing it. */
let worker: PDFWorker | null = null;

/**
 * Every page of a PDF as a canvas `cssWidth` pixels wide, drawn at the screen's pixel
 * density so the text stays sharp. `label(n, total)` names each page for assistive tech.
 */
export async function drawPdfPages(
  bytes: Uint8Array,
  cssWidth: number,
  label: (n: number, total: number) => string,
): Promise<HTMLCanvasElement[]> {
  worker ??= new PDFWorker();
  const task = getDocument({ data: bytes, worker });
  try {
    const pdf = await task.promise;
    const canvases: HTMLCanvasElement[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const css = page.getViewport({ scale: cssWidth / page.getViewport({ scale: 1 }).width });
      const viewport = page.getViewport({ scale: css.scale * (window.devicePixelRatio || 1) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(css.width)}px`;
      canvas.style.height = `${Math.floor(css.height)}px`;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', label(n, pdf.numPages));
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    return canvases;
  } finally {
    void task.destroy();
  }
}
