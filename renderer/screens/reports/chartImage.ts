/**
 * A chart as a PNG, made in the renderer: the chart's SVG drawn onto a canvas. Its shapes
 * go through an <img> with their computed colours written in (the page's CSS variables do
 * not reach an SVG image); its texts are drawn by the canvas itself, which uses the page's
 * loaded fonts — an SVG image cannot, and Chinese labels would come out as empty boxes.
 */

/** The styles that decide how a chart's shapes look. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
] as const;

export interface LegendItem {
  label: string;
  color: string;
}

const SCALE = 2;
const LEGEND_ROW = 22;

function inlinePaint(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  for (const p of PAINT) to.setAttribute(p, style.getPropertyValue(p));
  const kids = to.children;
  [...from.children].forEach((child, i) => kids[i] && inlinePaint(child, kids[i]));
}

async function svgImage(svg: SVGSVGElement, width: number, height: number) {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, clone);
  for (const text of clone.querySelectorAll('text')) text.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await img.decode();
  return img;
}

function drawTexts(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, box: DOMRect): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const text of svg.querySelectorAll('text')) {
    const content = text.textContent?.trim();
    const r = text.getBoundingClientRect();
    if (!content || r.width === 0) continue;
    const style = getComputedStyle(text);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.fillStyle = style.fill.startsWith('rgb') ? style.fill : style.color;
    ctx.fillText(content, r.left - box.left + r.width / 2, r.top - box.top + r.height / 2);
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, items: LegendItem[], y: number, font: string) {
  ctx.font = font;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  let x = 12;
  for (const item of items) {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y - 5, 10, 10);
    ctx.fillStyle = '#333';
    ctx.fillText(item.label, x + 14, y);
    x += 14 + ctx.measureText(item.label).width + 18;
  }
}

/** The chart inside `container` (its first SVG) as PNG bytes, with its legend below. */
export async function chartPng(container: HTMLElement, legend: LegendItem[]): Promise<Blob> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface, svg');
  if (!svg) throw new Error('no chart to export');
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const legendHeight = legend.length ? LEGEND_ROW + 8 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = (height + legendHeight) * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + legendHeight);
  ctx.drawImage(await svgImage(svg, width, height), 0, 0, width, height);
  drawTexts(ctx, svg, box);
  const page = getComputedStyle(container);
  if (legend.length)
    drawLegend(ctx, legend, height + LEGEND_ROW / 2 + 4, `12px ${page.fontFamily}`);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** A blob's bytes as base64, for the contract. */
export async function blobBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A table as tab-separated text (what a spreadsheet pastes into cells). */
export function tsv(columns: string[], rows: string[][]): string {
  const clean = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ');
  return [columns, ...rows].map((r) => r.map(clean).join('\t')).join('\n');
}
