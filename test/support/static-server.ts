/**
 * A minimal static file server for the built site on loopback, honouring the
 * configured base path, so browser tests see the site as a host would serve it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  url: string;
  /** Bytes sent per path since start (for transfer measurements). */
  sent: Map<string, number>;
  /** Every response in order: its path, bytes, and when its request arrived (Date.now()). */
  log: { path: string; bytes: number; at: number }[];
  close: () => Promise<void>;
}

export async function serveStatic(rootDir: string, base = '/'): Promise<RunningServer> {
  const root = resolve(rootDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${rootDir}/index.html not found: run \`npm run build\` first`);
  const sent = new Map<string, number>();
  const log: RunningServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    path = '/' + path.slice(base.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    const body = readFileSync(file);
    sent.set(url.pathname, (sent.get(url.pathname) ?? 0) + body.length);
    log.push({ path: url.pathname, bytes: body.length, at });
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
    function notFound() {
      const page = join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    }
    return undefined;
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, sent, log, close: () => new Promise((r) => server.close(() => r())) };
}
