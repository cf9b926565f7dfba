import { request } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { composeApp, type App } from '../../src/compose';
import { createHttpApp } from '../../src/http-app';
import { loadConfig } from '../../src/config';
import { captureLogger } from '../support/harness';
import { ensureWidgetBuilt } from '../../scripts/build-widget';
import { loadWidgetAssets, type WidgetManifest } from '../../src/widget/assets';
import { mountWidget } from '../../src/widget/widget-routes';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP request, no automatic decompression: the bytes on the wire are what is checked. */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const WEBCHAT_DIST = join(__dirname, '..', '..', 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');

describe('the widget over HTTP', () => {
  let app: App;
  let server: restify.Server;
  let base: string;
  let manifest: WidgetManifest;

  beforeAll(async () => {
    await ensureWidgetBuilt();
    manifest = loadWidgetAssets().manifest;
    app = await composeApp({ env: { DATABASE_URL: 'sqlite::memory:', PUBLIC_BASE_URL: 'https://bot.example', WIDGET_FRAME_ANCESTORS: 'https://clinic.example' }, logger: captureLogger().logger });
    server = createHttpApp(app);
    base = await listen(server);
  }, 120_000);

  afterAll(async () => {
    server.close();
    await app.store.close();
  });

  it('when a browser asks for /widget.js with brotli, then it gets the brotli bytes of the launcher, with an ETag, Vary and a short revalidated cache', async () => {
    const res = await get(base, '/widget.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(res.headers.etag).toBe(`"${manifest.assets.embed.hash}-br"`);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const script = brotliDecompressSync(res.body).toString('utf8');
    // The launcher copy from dialogs/copy/widget.ts is in the served script, in both languages.
    expect(script).toContain('Chat with us');
    expect(script).toContain('Chatee con nosotros');
    // No eval or Function constructor in our own code (Content-Security-Policy friendly).
    expect(script).not.toMatch(/\beval\(|new Function\(/);
  });

  it('when a browser accepts gzip only, or nothing, then it gets gzip, or the plain file, of the same content', async () => {
    const gz = await get(base, '/widget.js', { 'Accept-Encoding': 'gzip' });
    const plain = await get(base, '/widget.js');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(plain.headers.etag).toBe(`"${manifest.assets.embed.hash}"`);
  });

  it('when the browser already has the version it would get, then 304 with no body; HEAD gets the headers only', async () => {
    const first = await get(base, '/widget.js', { 'Accept-Encoding': 'br' });
    const again = await get(base, '/widget.js', { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    // A gzip-only client holding the brotli ETag gets the gzip bytes, not a 304.
    expect((await get(base, '/widget.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers.etag) })).status).toBe(200);
    const head = await get(base, '/widget.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
  });

  it('when the panel loads Web Chat, then it is the official bundle from node_modules, served from this service, pre-compressed, cached for a year', async () => {
    const file = manifest.assets.webchat.file;
    expect(file).toMatch(/^webchat\.[0-9a-f]{16}\.js$/);
    const res = await get(base, `/widget/assets/${file}`, { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).equals(readFileSync(WEBCHAT_DIST))).toBe(true);
    // Compressed at build time: about a sixth of the 3.8 MB original over the wire.
    expect(res.body.length).toBeLessThan(readFileSync(WEBCHAT_DIST).length / 4);
    const gz = await get(base, `/widget/assets/${file}`, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(gz.body).equals(readFileSync(WEBCHAT_DIST))).toBe(true);
  });

  it('when an asset name is unknown or tries to leave the build directory, then 404', async () => {
    expect((await get(base, '/widget/assets/webchat.0000000000000000.js')).status).toBe(404);
    expect((await get(base, '/widget/assets/..%2Fmanifest.json')).status).toBe(404);
    expect((await get(base, '/widget/assets/manifest.json')).status).toBe(404);
  });

  it('when the panel page is asked for in Spanish with a hostile title, then it is in Spanish, the title is text, scripts come only from here, and only the configured sites may frame it', async () => {
    const res = await get(base, `/widget/panel?lang=es&title=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    const page = res.body.toString('utf8');
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('aria-label="Cerrar el chat"');
    expect(page).toContain('role="alert"');
    // Every script is one of the built assets, on this origin; the only inline script element is a JSON data block.
    const sources = [...page.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    for (const attrs of sources) expect(attrs).toMatch(/src="\/widget\/assets\/[\w.-]+\.js"|type="application\/json"/);
    expect(page).toContain(`/widget/assets/${manifest.assets.webchat.file}`);
    expect(page).toContain(`/widget/assets/${manifest.assets.panel.file}`);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain('frame-ancestors https://clinic.example');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['cache-control']).toBe('no-store');
    const panel = await get(base, `/widget/assets/${manifest.assets.panel.file}`);
    expect(panel.body.toString('utf8')).not.toMatch(/\beval\(|new Function\(/);
  });

  it('when the panel is asked for with the Twilio transport, then it loads the Twilio panel and may connect to Twilio', async () => {
    const res = await get(base, '/widget/panel?transport=twilio');
    expect(res.body.toString('utf8')).toContain(`/widget/assets/${manifest.assets.panelTwilio.file}`);
    expect(String(res.headers['content-security-policy'])).toContain('wss://*.twilio.com');
  });

  it('when a newcomer opens / in development, then the demo clinic page embeds the widget with one script tag, under a strict policy', async () => {
    const res = await get(base, '/');
    const page = res.body.toString('utf8');
    expect(res.status).toBe(200);
    expect(page).toContain('<script src="https://bot.example/widget.js" defer></script>');
    expect(page).toContain('data-intake-widget-open');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain('script-src https://bot.example');
    expect(csp).toContain('frame-src https://bot.example');
    expect((await get(base, '/?lang=es')).body.toString('utf8')).toContain('<html lang="es">');
  });
});

describe('the widget routes without a build', () => {
  it('when the widget was never built, then its routes answer 503 saying how to build it, and the service still starts', async () => {
    const server = restify.createServer();
    const { logger, lines } = captureLogger();
    mountWidget(server, { logger, publicBaseUrl: 'http://127.0.0.1', programName: 'P', pollingIntervalMs: 1000, frameAncestors: '*', demoPage: false, buildDir: mkdtempSync(join(tmpdir(), 'no-widget-')) });
    const base = await listen(server);
    try {
      const res = await get(base, '/widget.js');
      expect(res.status).toBe(503);
      expect(res.body.toString('utf8')).toContain('npm run build:widget');
      expect((await get(base, '/widget/panel')).status).toBe(503);
      expect(lines.some((line) => line.includes('widget.not-built'))).toBe(true);
    } finally {
      server.close();
    }
  });

  it('when production mode is on, then there is no demo page', async () => {
    const server = restify.createServer();
    mountWidget(server, { logger: captureLogger().logger, publicBaseUrl: 'https://bot.example', programName: 'P', pollingIntervalMs: 1000, frameAncestors: '*', demoPage: false });
    const base = await listen(server);
    try {
      expect((await get(base, '/')).status).toBe(404);
      expect((await get(base, '/widget.js')).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it('when WIDGET_FRAME_ANCESTORS is not a list of origins, then the configuration is refused', () => {
    expect(() => loadConfig({ WIDGET_FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" })).toThrow(/WIDGET_FRAME_ANCESTORS/);
    expect(loadConfig({ WIDGET_FRAME_ANCESTORS: 'https://a.example https://b.example:8443' }).WIDGET_FRAME_ANCESTORS).toBe('https://a.example https://b.example:8443');
    expect(() => loadConfig({ WIDGET_POLLING_INTERVAL_MS: '50' })).toThrow(/WIDGET_POLLING_INTERVAL_MS/);
  });
});
