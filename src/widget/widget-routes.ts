import type restify from 'restify';
import type { Logger } from '../logging';
import { loadWidgetAssets, type LoadedAsset, type WidgetManifest } from './assets';
import { demoPage } from './demo-page';
import { panelPage } from './panel-page';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, sendAsset } from './send-asset';
import { parseLocale } from './shared/options';

export interface WidgetRouteOptions {
  logger: Logger;
  /** The service's public address: the demo page loads the widget from there, like a clinic's page would. */
  publicBaseUrl: string;
  programName: string;
  pollingIntervalMs: number;
  /** CSP frame-ancestors of the panel: who may embed the chat ("*" by default). */
  frameAncestors: string;
  /** The mock clinic page at "/" (not in production). */
  demoPage: boolean;
  /** Where the built widget is (tests); dist/widget by default. */
  buildDir?: string;
}

/**
 * The website widget's routes: GET /widget.js (the embed), GET /widget/panel (the chat inside the iframe),
 * GET /widget/assets/<file> (content-hashed bundles, pre-compressed), and the demo page at GET /.
 * If the widget was never built, these answer 503 saying how to build it; the rest of the service runs.
 */
export function mountWidget(server: restify.Server, options: WidgetRouteOptions): void {
  let loaded: { manifest: WidgetManifest; assets: Map<string, LoadedAsset> } | undefined;
  try {
    loaded = loadWidgetAssets(options.buildDir);
  } catch (error) {
    options.logger.warn('widget.not-built', { error: error instanceof Error ? error.message : String(error) });
  }
  const notBuilt = (res: restify.Response) => {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.sendRaw(503, 'The chat widget is not built: run `npm run build:widget` (npm start does it by itself).\n');
  };

  const embed = async (req: restify.Request, res: restify.Response) => {
    if (!loaded) return notBuilt(res);
    sendAsset(req, res, loaded.assets.get(loaded.manifest.assets.embed.file)!, CACHE_REVALIDATE);
  };
  server.get('/widget.js', embed);
  server.head('/widget.js', embed);

  const asset = async (req: restify.Request, res: restify.Response) => {
    if (!loaded) return notBuilt(res);
    const found = loaded.assets.get(String(req.params.file));
    if (!found) {
      res.send(404, { error: 'no such widget file' });
      return;
    }
    // The license file keeps its name across versions, so it revalidates; hashed names never change.
    sendAsset(req, res, found, found.file.includes(found.hash) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
  };
  server.get('/widget/assets/:file', asset);
  server.head('/widget/assets/:file', asset);

  server.get('/widget/panel', async (req, res) => {
    if (!loaded) return notBuilt(res);
    const page = panelPage({ query: req.query ?? {}, manifest: loaded.manifest, pollingIntervalMs: options.pollingIntervalMs, frameAncestors: options.frameAncestors });
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', page.csp);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.sendRaw(200, page.body);
  });

  if (options.demoPage) {
    server.get('/', async (req, res) => {
      const locale = parseLocale(typeof req.query?.lang === 'string' ? req.query.lang : undefined) ?? 'en';
      const transport = req.query?.transport === 'twilio' ? 'twilio' : undefined;
      const page = demoPage({ locale, programName: options.programName, widgetOrigin: new URL(options.publicBaseUrl).origin, transport });
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', page.csp);
      res.setHeader('Cache-Control', 'no-store');
      res.sendRaw(200, page.body);
    });
  }
}
