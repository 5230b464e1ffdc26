import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../api/transport';

const out = mkdtempSync(join(tmpdir(), 'xiufu-html-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The app's code stands in as an empty module: what is checked is the page around it. */
const emptyEntry: Plugin = {
  name: 'empty-entry',
  enforce: 'pre',
  load: (id) => (id.endsWith('/renderer/main.tsx') ? 'export {};' : null),
};

/** Builds index.html with the renderer's own Vite config into a temporary folder. */
async function builtIndexHtml(): Promise<string> {
  await build({
    configFile: join(import.meta.dirname, '..', 'vite.renderer.config.ts'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true },
    plugins: [emptyEntry],
  });
  return readFileSync(join(out, 'index.html'), 'utf8');
}

const decode = (attr: string) =>
  attr
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the built index.html', () => {
  it('carries the content security policy as its first element, before any script or style', async () => {
    const html = await builtIndexHtml();
    const metas = [
      ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g),
    ];
    expect(metas).toHaveLength(1);
    expect(decode(metas[0]![1]!)).toBe(META_CONTENT_SECURITY_POLICY);
    // The first element of <head>, so it governs everything after it.
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/);
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
  });

  it('the <meta> policy is the header’s less what only a header can say', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    );
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    // Mantine's <style> element and style attributes.
    expect(META_CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(META_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
