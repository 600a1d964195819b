/**
 * Well-formed nesting, checked on the tag stream as written (a browser's
 * parser silently repairs misnesting, so the parsed tree cannot show it):
 * every non-void element is closed explicitly and in order, void elements are
 * never closed, and the common content-model mistakes are caught (block
 * content inside <p>, links inside links, table and list structure).
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const FOREIGN = new Set(['svg', 'math']);
/** Elements that close an open <p> in the HTML parser: writing them inside a <p> is an error. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
  'summary',
]);
const INTERACTIVE = new Set(['a', 'button', 'select', 'textarea', 'input', 'label', 'details', 'iframe', 'embed']);
/** Allowed children (element names) of structural elements. */
const CHILDREN: Record<string, Set<string>> = {
  ul: new Set(['li', 'script', 'template']),
  ol: new Set(['li', 'script', 'template']),
  menu: new Set(['li', 'script', 'template']),
  dl: new Set(['dt', 'dd', 'div', 'script', 'template']),
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'template']),
  thead: new Set(['tr', 'script', 'template']),
  tbody: new Set(['tr', 'script', 'template']),
  tfoot: new Set(['tr', 'script', 'template']),
  tr: new Set(['td', 'th', 'script', 'template']),
  colgroup: new Set(['col', 'template']),
  select: new Set(['option', 'optgroup', 'script', 'template', 'hr']),
  head: new Set(['meta', 'title', 'link', 'style', 'script', 'base', 'noscript', 'template']),
  html: new Set(['head', 'body']),
};
/** Required parents of elements. */
const PARENTS: Record<string, Set<string>> = {
  li: new Set(['ul', 'ol', 'menu']),
  dt: new Set(['dl', 'div']),
  dd: new Set(['dl', 'div']),
  tr: new Set(['table', 'thead', 'tbody', 'tfoot']),
  td: new Set(['tr']),
  th: new Set(['tr']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
  caption: new Set(['table']),
  figcaption: new Set(['figure']),
  summary: new Set(['details']),
  option: new Set(['select', 'datalist', 'optgroup']),
};

interface Open {
  name: string;
  /** Offset of the start tag (the line is computed only for a report). */
  pos: number;
  foreign: boolean;
}

function lineAt(html: string, i: number): number {
  let n = 1;
  for (let k = html.indexOf('\n'); k !== -1 && k < i; k = html.indexOf('\n', k + 1)) n++;
  return n;
}

export function nestingProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: Open[] = [];
  const at = (i: number) => `line ${lineAt(html, i)}`;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) {
        problems.push(`unterminated comment at ${at(lt)}`);
        break;
      }
      i = end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (html[lt + 1] === '/') {
      const m = /^<\/([a-zA-Z][^\s/>]*)\s*>/.exec(html.slice(lt, lt + 200));
      if (!m) {
        problems.push(`malformed end tag at ${at(lt)}`);
        i = lt + 2;
        continue;
      }
      const name = m[1].toLowerCase();
      i = lt + m[0].length;
      if (VOID.has(name) && !stack.some((o) => o.foreign)) {
        problems.push(`end tag </${name}> of a void element at ${at(lt)}`);
        continue;
      }
      const top = stack[stack.length - 1];
      if (!top) {
        problems.push(`</${name}> with nothing open at ${at(lt)}`);
        continue;
      }
      if (top.name !== name) {
        const k = stack.map((o) => o.name).lastIndexOf(name);
        problems.push(`</${name}> at ${at(lt)} closes <${top.name}> (opened at ${at(top.pos)})${k === -1 ? '; no such element is open' : ''}`);
        if (k !== -1) stack.length = k; // recover
        continue;
      }
      stack.pop();
      continue;
    }
    if (!/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1; // a literal "<" in text
      continue;
    }
    // Start tag: name, then attributes (quoted values may contain ">").
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 100))!;
    const rawName = nameMatch[1];
    const name = rawName.toLowerCase();
    let j = lt + nameMatch[0].length;
    let selfClosing = false;
    for (;;) {
      while (j < html.length && /\s/.test(html[j])) j++;
      if (j >= html.length) {
        problems.push(`unterminated <${name}> tag at ${at(lt)}`);
        return problems;
      }
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html.startsWith('/>', j)) {
        selfClosing = true;
        j += 2;
        break;
      }
      if (html[j] === '/') {
        j++;
        continue;
      }
      const an = /^[^\s"'>/=]+/.exec(html.slice(j, j + 200));
      if (!an) {
        problems.push(`malformed attribute in <${name}> at ${at(lt)}`);
        j++;
        continue;
      }
      j += an[0].length;
      while (/\s/.test(html[j] ?? '')) j++;
      if (html[j] === '=') {
        j++;
        while (/\s/.test(html[j] ?? '')) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          if (end === -1) {
            problems.push(`unterminated attribute value in <${name}> at ${at(lt)}`);
            return problems;
          }
          j = end + 1;
        } else {
          const uv = /^[^\s>]+/.exec(html.slice(j, j + 2000));
          j += uv ? uv[0].length : 0;
        }
      }
    }
    i = j;
    const inForeign = stack.some((o) => o.foreign);
    const parent = stack[stack.length - 1];
    if (!inForeign) {
      if (CLOSES_P.has(name) && stack.some((o) => o.name === 'p')) problems.push(`<${name}> inside <p> at ${at(lt)} (the browser would close the paragraph)`);
      if (INTERACTIVE.has(name) && stack.some((o) => o.name === 'a' || o.name === 'button'))
        problems.push(`interactive <${name}> inside <${stack.find((o) => o.name === 'a' || o.name === 'button')!.name}> at ${at(lt)}`);
      if (name === 'form' && stack.some((o) => o.name === 'form')) problems.push(`<form> inside <form> at ${at(lt)}`);
      if (/^h[1-6]$/.test(name) && stack.some((o) => /^h[1-6]$/.test(o.name))) problems.push(`<${name}> inside a heading at ${at(lt)}`);
      if (parent && CHILDREN[parent.name] && !CHILDREN[parent.name].has(name)) problems.push(`<${name}> directly inside <${parent.name}> at ${at(lt)}`);
      if (PARENTS[name] && (!parent || !PARENTS[name].has(parent.name)))
        problems.push(
          `<${name}> inside <${parent?.name ?? '(nothing)'}> at ${at(lt)} (expected inside ${[...PARENTS[name]].map((p) => `<${p}>`).join(' or ')})`,
        );
      if (selfClosing && !VOID.has(name) && !FOREIGN.has(name))
        problems.push(`self-closing <${name}/> of a non-void element at ${at(lt)} (not closed in HTML)`);
    }
    if (VOID.has(name) && !inForeign) continue;
    if (selfClosing && (inForeign || FOREIGN.has(name))) continue;
    if (RAW_TEXT.has(name) && !inForeign) {
      const close = new RegExp(`</${name}\\s*>`, 'i');
      const m = close.exec(html.slice(i));
      if (!m) {
        problems.push(`<${name}> at ${at(lt)} is never closed`);
        return problems;
      }
      i += m.index + m[0].length;
      continue;
    }
    stack.push({ name, pos: lt, foreign: inForeign || FOREIGN.has(name) });
  }
  for (const o of stack) problems.push(`<${o.name}> opened at ${at(o.pos)} is never closed`);
  return problems;
}
