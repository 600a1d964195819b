/**
 * Whole-site HTML checks over a built dist folder: every page parsed with a
 * real HTML parser (parse5, which reports the WHATWG parse errors: bad
 * nesting, stray end tags, duplicate attributes …), plus the portal's own
 * rules: unique ids, no inline scripts or styles, no javascript: URLs, every
 * internal reference resolving to a file (honouring the base path), every
 * fragment existing on its target page, ARIA/label references existing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { nestingProblems } from './tag-check';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageInfo {
  /** Path of the file relative to dist, with "/" separators: "counties/430182/index.html". */
  file: string;
  /** URL path the page is served at (with base): "/portal/counties/430182/". */
  urlPath: string;
  ids: Set<string>;
  elements: Element[];
  parseErrors: string[];
}

export interface SiteReport {
  pages: Map<string, PageInfo>;
  problems: string[];
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export function walk(node: Node, visit: (el: Element, parents: Element[]) => void, parents: Element[] = []): void {
  if ('tagName' in node) visit(node as Element, parents);
  const n = node as unknown as { tagName?: string; content?: { childNodes: Node[] }; childNodes?: Node[] };
  const kids = n.tagName === 'template' && n.content ? n.content.childNodes : (n.childNodes ?? []);
  const next = 'tagName' in node ? [...parents, node as Element] : parents;
  for (const k of kids) walk(k, visit, next);
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? (node.childNodes as Node[]).map(textOf).join('') : '';
}

/** Parse one page: its elements in document order, ids and parse errors. */
export function parsePage(html: string, file: string, base: string): PageInfo {
  const parseErrors: string[] = [];
  const doc = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => parseErrors.push(`${e.code} at line ${e.startLine}, column ${e.startCol}`),
  });
  for (const n of nestingProblems(html)) parseErrors.push(n);
  const elements: Element[] = [];
  walk(doc as unknown as Node, (el) => elements.push(el));
  const ids = new Set<string>();
  for (const el of elements) {
    const id = attr(el, 'id');
    if (id !== undefined) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
  }
  return { file, urlPath: urlPathOf(file, base), ids, elements, parseErrors };
}

/** "counties/x/index.html" → base + "counties/x/"; "404.html" → base + "404.html". */
export function urlPathOf(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export interface Ref {
  el: Element;
  attrName: string;
  value: string;
}

/** Every URL-valued attribute of a page that the browser would fetch or follow. */
export function references(page: PageInfo): Ref[] {
  const out: Ref[] = [];
  const add = (el: Element, name: string) => {
    const v = attr(el, name);
    if (v !== undefined) out.push({ el, attrName: name, value: v });
  };
  for (const el of page.elements) {
    switch (el.tagName) {
      case 'a':
      case 'area':
      case 'link':
        add(el, 'href');
        break;
      case 'script':
      case 'img':
      case 'iframe':
      case 'source':
      case 'audio':
      case 'video':
      case 'track':
      case 'embed':
        add(el, 'src');
        break;
      case 'form':
        add(el, 'action');
        break;
      case 'object':
        add(el, 'data');
        break;
      case 'use':
      case 'image':
        add(el, 'href');
        add(el, 'xlink:href');
        break;
      case 'meta':
        if (attr(el, 'property') === 'og:url' || attr(el, 'property') === 'og:image') add(el, 'content');
        break;
    }
    const srcset = attr(el, 'srcset');
    if (srcset) for (const part of srcset.split(',')) out.push({ el, attrName: 'srcset', value: part.trim().split(/\s+/)[0] });
  }
  return out;
}

export interface CheckOptions {
  dist: string;
  /** The base path the site was built with, e.g. "/" or "/portal/". */
  base: string;
  /** Origin + base of absolute site URLs (canonical, og:url), e.g. "https://portal.test/portal/"; null for a preview build, which has none. */
  siteRoot: string | null;
}

/** Resolve an internal URL to a file in dist, or explain why it does not resolve. */
export function resolveInternal(url: URL, opts: CheckOptions): { file: string } | { error: string } {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { error: 'cannot decode the path' };
  }
  if (!path.startsWith(opts.base)) return { error: `path is outside the base ${opts.base}` };
  const rel = path.slice(opts.base.length);
  const target = join(opts.dist, rel);
  if (rel === '' || rel.endsWith('/')) {
    const index = join(target, 'index.html');
    return existsSync(index) ? { file: index } : { error: `no ${relative(opts.dist, index).split(sep).join('/')} in the build` };
  }
  if (!existsSync(target)) return { error: 'no such file in the build' };
  if (statSync(target).isDirectory()) return { error: 'a folder linked without its trailing slash' };
  return { file: target };
}

const INLINE_HANDLER = /^on[a-z]+$/;
const ID_REF_ATTRS = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'for',
  'headers',
  'list',
  'form',
];
const LIST_CHILDREN = new Set(['li', 'script', 'template']);
const INTERACTIVE = new Set(['a', 'button', 'details', 'embed', 'iframe', 'label', 'select', 'textarea', 'input']);

/** The page-local rules (everything except links to other pages). */
/** `preview`: built without PORTAL_SITE, so no page may have an absolute address of its own. */
export function pageProblems(page: PageInfo, opts: { is404: boolean; preview?: boolean }): string[] {
  const p: string[] = page.parseErrors.map((e) => `HTML error: ${e}`);
  const seen = new Map<string, number>();
  let h1 = 0;
  let titles = 0;
  for (const el of page.elements) {
    const id = attr(el, 'id');
    if (id !== undefined) {
      if (id === '' || /\s/.test(id)) p.push(`invalid id "${id}" on <${el.tagName}>`);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const a of el.attrs) {
      if (a.name === 'style') p.push(`style="" attribute on <${el.tagName}> (CSP forbids inline styles)`);
      if (INLINE_HANDLER.test(a.name)) p.push(`inline event handler ${a.name} on <${el.tagName}>`);
      if (/^\s*javascript:/i.test(a.value)) p.push(`javascript: URL in ${a.name} on <${el.tagName}>`);
      if (ID_REF_ATTRS.includes(a.name) && !(a.name === 'form' && el.tagName === 'form')) {
        for (const ref of a.value.split(/\s+/).filter(Boolean))
          if (!page.ids.has(ref)) p.push(`${a.name}="${ref}" on <${el.tagName}> refers to no id on the page`);
      }
    }
    if (el.tagName === 'script') {
      const src = attr(el, 'src');
      const type = attr(el, 'type');
      if (!src && type !== 'application/json' && type !== 'application/ld+json') p.push('inline <script> without src (CSP forbids inline scripts)');
      if (!src && textOf(el).trim() === '' && !type) p.push('empty <script>');
    }
    if (el.tagName === 'style') p.push("<style> element (CSP style-src 'self' forbids inline styles)");
    if (el.tagName === 'img' && attr(el, 'alt') === undefined) p.push(`<img src="${attr(el, 'src')}"> without alt`);
    if (el.tagName === 'h1') h1++;
    if (el.tagName === 'title' && el.parentNode && (el.parentNode as Element).tagName === 'head') {
      titles++;
      if (textOf(el).trim() === '') p.push('empty <title>');
    }
    if (el.tagName === 'ul' || el.tagName === 'ol') {
      for (const k of el.childNodes)
        if ('tagName' in k && !LIST_CHILDREN.has((k as Element).tagName)) p.push(`<${(k as Element).tagName}> directly inside <${el.tagName}>`);
    }
    if (el.tagName === 'dl') {
      for (const k of el.childNodes)
        if ('tagName' in k && !['dt', 'dd', 'div', 'script', 'template'].includes((k as Element).tagName))
          p.push(`<${(k as Element).tagName}> directly inside <dl>`);
    }
    if (el.tagName === 'a' || el.tagName === 'button') {
      const nested: string[] = [];
      walk(el as unknown as Node, (d) => {
        if (d !== el && INTERACTIVE.has(d.tagName)) nested.push(d.tagName);
      });
      if (nested.length) p.push(`interactive <${nested[0]}> nested inside <${el.tagName}>`);
    }
    if (el.tagName === 'a' && attr(el, 'href') === '#') p.push('link to "#" (goes nowhere)');
  }
  for (const [id, n] of seen) if (n > 1) p.push(`id "${id}" used ${n} times`);
  if (h1 !== 1) p.push(`${h1} <h1> elements (expected exactly one)`);
  if (titles !== 1) p.push(`${titles} <title> elements in <head> (expected one)`);
  const html = page.elements.find((e) => e.tagName === 'html');
  if (!html || attr(html, 'lang') !== 'zh-CN') p.push(`<html lang="${html && attr(html, 'lang')}"> (expected zh-CN)`);
  const meta = (name: string) => page.elements.find((e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name));
  for (const m of ['description', 'og:title', 'og:description', 'viewport'])
    if (!attr(meta(m) ?? ({ attrs: [] } as unknown as Element), 'content')) p.push(`no <meta ${m}>`);
  if (opts.preview) {
    if (meta('og:url')) p.push('<meta property="og:url"> in a preview build (no PORTAL_SITE: no absolute address)');
  } else if (!opts.is404 && !meta('og:url')) p.push('no <meta property="og:url">');
  return p;
}

/** Check every .html file of a built site; returns all problems, each prefixed with its page. */
export function checkSite(opts: CheckOptions): SiteReport {
  const pages = new Map<string, PageInfo>();
  const problems: string[] = [];
  const htmlFiles = listFiles(opts.dist).filter((f) => f.endsWith('.html'));
  for (const f of htmlFiles) {
    const rel = relative(opts.dist, f).split(sep).join('/');
    pages.set(f, parsePage(readFileSync(f, 'utf8'), rel, opts.base));
  }
  // A preview page has no absolute link to itself: any origin serves to resolve its relative links.
  const origin = opts.siteRoot ? new URL(opts.siteRoot).origin : 'http://localhost';
  for (const page of pages.values()) {
    const is404 = page.file === '404.html';
    const here = (msg: string) => problems.push(`${page.file}: ${msg}`);
    for (const msg of pageProblems(page, { is404, preview: opts.siteRoot === null })) here(msg);
    // The 404 page is served at any unknown address: every link on it must be absolute.
    const pageUrl = new URL(page.urlPath, origin);
    for (const ref of references(page)) {
      const v = ref.value.trim();
      if (v === '') {
        here(`empty ${ref.attrName} on <${ref.el.tagName}>`);
        continue;
      }
      let url: URL;
      if (EXTERNAL.test(v)) {
        if (!v.startsWith(origin + '/') && v !== origin) continue; // truly external
        url = new URL(v);
      } else {
        if (is404 && !v.startsWith('/') && !v.startsWith('#')) here(`relative ${ref.attrName}="${v}" on the 404 page (breaks at deeper addresses)`);
        url = new URL(v, pageUrl);
      }
      if (url.origin !== origin) continue;
      if (v.startsWith('#')) {
        checkFragment(page, url.hash, v);
        continue;
      }
      const r = resolveInternal(url, opts);
      if ('error' in r) {
        here(`broken ${ref.attrName}="${v}" on <${ref.el.tagName}>: ${r.error}`);
        continue;
      }
      if (url.hash && r.file.endsWith('.html')) {
        const target = pages.get(r.file);
        if (target) checkFragment(target, url.hash, v, page);
      }
    }
  }
  // One line per distinct problem, with a count: a broken shared link shows once per page.
  const counted = new Map<string, number>();
  for (const m of problems) counted.set(m, (counted.get(m) ?? 0) + 1);
  return { pages, problems: [...counted].map(([m, n]) => (n > 1 ? `${m} (×${n})` : m)) };

  function checkFragment(target: PageInfo, hash: string, raw: string, from?: PageInfo) {
    if (hash === '' || hash === '#') return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      problems.push(`${(from ?? target).file}: cannot decode fragment in "${raw}"`);
      return;
    }
    if (!target.ids.has(id)) problems.push(`${(from ?? target).file}: link "${raw}" points to #${id}, which is not an id on ${target.file}`);
  }
}

/** A reader of a built site's pages by dist-relative path ("checks/index.html"), each parsed once. */
export function pageReader(dist: string, base = '/'): (rel: string) => PageInfo {
  const pages = new Map<string, PageInfo>();
  return (rel) => {
    let p = pages.get(rel);
    if (!p) {
      p = parsePage(readFileSync(join(dist, rel), 'utf8'), rel, base);
      pages.set(rel, p);
    }
    return p;
  };
}
