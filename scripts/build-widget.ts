import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { build } from 'esbuild';
import { WIDGET_COPY } from '../dialogs/copy/widget';
import { contentHash, MANIFEST_FILE, variantFile, WIDGET_BUILD_DIR, type AssetEntry, type AssetName, type Encoding, type WidgetManifest } from '../src/widget/assets';

/**
 * `npm run build:widget`: builds what GET /widget.js and the chat panel serve, into dist/widget/ (gitignored):
 * - the official Web Chat bundle, copied from node_modules/botframework-webchat/dist/webchat.js (no CDN);
 * - the launcher (src/widget/browser/embed.ts) and panel bundles, with the copy of dialogs/copy/widget.ts
 *   built in, and the panel's CSS;
 * each as is, brotli (quality 11) and gzip (level 9), under content-hashed names, with a manifest.
 * `npm start` and the tests call ensureWidgetBuilt(), which builds only when an input changed.
 */
const ROOT = path.resolve(__dirname, '..');
const BROWSER = path.join(ROOT, 'src/widget/browser');
const WEBCHAT_DIST = path.join(ROOT, 'node_modules/botframework-webchat/dist');

/** Every file whose change makes a new build (and the versions of what is bundled). */
function fingerprintInputs(): string[] {
  const dirs = [BROWSER, path.join(ROOT, 'src/widget/shared')];
  const files = dirs.flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f))).filter((f) => statSync(f).isFile());
  return [
    ...files.sort(),
    path.join(ROOT, 'dialogs/copy/widget.ts'),
    path.join(ROOT, 'dialogs/locale.ts'),
    path.join(ROOT, 'src/widget/assets.ts'),
    __filename,
    path.join(ROOT, 'node_modules/botframework-webchat/package.json'),
    path.join(ROOT, 'node_modules/@twilio/conversations/package.json'),
    path.join(ROOT, 'node_modules/esbuild/package.json'),
  ];
}

export function widgetFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of fingerprintInputs()) hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 24);
}

export function readManifest(dir = WIDGET_BUILD_DIR): WidgetManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as WidgetManifest;
  } catch {
    return undefined;
  }
}

function upToDate(dir: string, fingerprint: string): boolean {
  const manifest = readManifest(dir);
  return manifest?.fingerprint === fingerprint && Object.values(manifest.assets).every((a) => existsSync(path.join(dir, a.file)));
}

/**
 * Builds unless the build on disk came from exactly these inputs. Returns whether it built. Several processes
 * may ask at once (jest runs test files in parallel on a fresh clone): one builds, under a lock file, into a
 * directory of its own that then replaces the old one; the others wait for it and find it up to date.
 */
export async function ensureWidgetBuilt(options: { dir?: string; log?: (line: string) => void } = {}): Promise<boolean> {
  const dir = options.dir ?? WIDGET_BUILD_DIR;
  const fingerprint = widgetFingerprint();
  if (upToDate(dir, fingerprint)) return false;
  mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A build left behind by a process that died is not waited for forever.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (upToDate(dir, fingerprint)) return false;
    }
  }
  try {
    if (upToDate(dir, fingerprint)) return false;
    options.log?.('Building the chat widget (dist/widget/): Web Chat bundle, launcher and panel, brotli + gzip…');
    const started = Date.now();
    const staging = `${dir}.building-${process.pid}`;
    await buildWidget({ dir: staging, fingerprint });
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    options.log?.(`Chat widget built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  } finally {
    rmSync(lock, { force: true });
  }
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(BROWSER, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Web Chat 4.18 itself needs an evergreen browser; nothing older is worth transpiling for.
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    define: { __WIDGET_COPY__: JSON.stringify(WIDGET_COPY) },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function buildWidget(options: { dir?: string; fingerprint?: string } = {}): Promise<WidgetManifest> {
  const dir = options.dir ?? WIDGET_BUILD_DIR;
  const webchatVersion = (JSON.parse(readFileSync(path.join(WEBCHAT_DIST, '../package.json'), 'utf8')) as { version: string }).version;
  const sources: Record<AssetName, { base: string; ext: string; contentType: string; content: Buffer; hashed: boolean }> = {
    webchat: { base: 'webchat', ext: 'js', contentType: 'text/javascript; charset=utf-8', content: readFileSync(path.join(WEBCHAT_DIST, 'webchat.js')), hashed: true },
    // The bundle's first line points at this file, next to it.
    webchatLicense: { base: 'webchat.js.LICENSE', ext: 'txt', contentType: 'text/plain; charset=utf-8', content: readFileSync(path.join(WEBCHAT_DIST, 'webchat.js.LICENSE.txt')), hashed: false },
    panel: { base: 'panel', ext: 'js', contentType: 'text/javascript; charset=utf-8', content: Buffer.from(await bundle('panel-directline.ts')), hashed: true },
    panelTwilio: { base: 'panel-twilio', ext: 'js', contentType: 'text/javascript; charset=utf-8', content: Buffer.from(await bundle('panel-twilio.ts')), hashed: true },
    panelCss: { base: 'panel', ext: 'css', contentType: 'text/css; charset=utf-8', content: readFileSync(path.join(BROWSER, 'panel.css')), hashed: true },
    embed: { base: 'embed', ext: 'js', contentType: 'text/javascript; charset=utf-8', content: Buffer.from(await bundle('embed.ts')), hashed: true },
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entries = await Promise.all(
    (Object.keys(sources) as AssetName[]).map(async (name): Promise<[AssetName, AssetEntry]> => {
      const source = sources[name];
      const hash = contentHash(source.content);
      const file = source.hashed ? `${source.base}.${hash}.${source.ext}` : `${source.base}.${source.ext}`;
      const [br, gzipped] = await Promise.all([
        brotli(source.content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.content.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
        gz(source.content, { level: 9 }),
      ]);
      const variants: Partial<Record<Encoding, Buffer>> = { identity: source.content, br, gzip: gzipped };
      const sizes: AssetEntry['sizes'] = {};
      for (const [encoding, bytes] of Object.entries(variants) as [Encoding, Buffer][]) {
        writeFileSync(path.join(dir, variantFile(file, encoding)), bytes);
        sizes[encoding] = bytes.length;
      }
      return [name, { file, contentType: source.contentType, hash, sizes }];
    }),
  );
  const manifest: WidgetManifest = { fingerprint: options.fingerprint ?? widgetFingerprint(), webchatVersion, assets: Object.fromEntries(entries) as WidgetManifest['assets'] };
  // Written last: a build that stopped half-way has no manifest and is built again.
  writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (require.main === module) {
  const started = Date.now();
  buildWidget()
    .then((manifest) => {
      for (const [name, a] of Object.entries(manifest.assets)) {
        const kb = (n = 0) => `${(n / 1024).toFixed(1)} KiB`;
        process.stdout.write(`${name.padEnd(15)} ${a.file.padEnd(34)} ${kb(a.sizes.identity).padStart(11)}  br ${kb(a.sizes.br).padStart(10)}  gzip ${kb(a.sizes.gzip).padStart(10)}\n`);
      }
      process.stdout.write(`Web Chat ${manifest.webchatVersion}; built in ${((Date.now() - started) / 1000).toFixed(1)} s into ${path.relative(process.cwd(), WIDGET_BUILD_DIR)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`widget build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
