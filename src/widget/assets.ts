import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The widget's built files (scripts/build-widget.ts writes them; they are not in git): the Web Chat bundle
 * from node_modules, the panel and launcher bundles, the panel's CSS, each stored as is and pre-compressed
 * with brotli and gzip, under a name that carries its content hash so it can be cached for a year.
 */
export const WIDGET_BUILD_DIR = path.resolve(__dirname, '../../dist/widget');
export const MANIFEST_FILE = 'manifest.json';

export type AssetName = 'webchat' | 'webchatLicense' | 'panel' | 'panelTwilio' | 'panelCss' | 'embed';
export type Encoding = 'br' | 'gzip' | 'identity';

export interface AssetEntry {
  /** The file name under the build directory and under /widget/assets/. */
  file: string;
  contentType: string;
  /** The content hash (hex), the base of every variant's ETag. */
  hash: string;
  /** Bytes per stored encoding (a tiny file may be stored without compressed variants). */
  sizes: Partial<Record<Encoding, number>>;
}

export interface WidgetManifest {
  /** Hash of every input of the build (sources, copy, package versions): a stale build is rebuilt. */
  fingerprint: string;
  webchatVersion: string;
  assets: Record<AssetName, AssetEntry>;
}

export interface LoadedAsset extends AssetEntry {
  variants: Partial<Record<Encoding, Buffer>>;
}

export class WidgetNotBuiltError extends Error {
  constructor(dir: string) {
    super(`the chat widget is not built (no ${path.join(dir, MANIFEST_FILE)}): run \`npm run build:widget\` (npm start does it by itself)`);
  }
}

/** Reads the manifest and every variant into memory (a few megabytes): served without touching the disk. */
export function loadWidgetAssets(dir = WIDGET_BUILD_DIR): { manifest: WidgetManifest; assets: Map<string, LoadedAsset> } {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new WidgetNotBuiltError(dir);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as WidgetManifest;
  const assets = new Map<string, LoadedAsset>();
  for (const entry of Object.values(manifest.assets)) {
    const variants: LoadedAsset['variants'] = {};
    for (const encoding of Object.keys(entry.sizes) as Encoding[]) variants[encoding] = readFileSync(path.join(dir, variantFile(entry.file, encoding)));
    assets.set(entry.file, { ...entry, variants });
  }
  return { manifest, assets };
}

export function variantFile(file: string, encoding: Encoding): string {
  return encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file;
}

export function contentHash(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}
