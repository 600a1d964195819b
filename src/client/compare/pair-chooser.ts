/**
 * The pair chooser: department type, then A and B, each a select with a
 * filter field (county name, year, kind). A type's list is loaded from
 * /compare/data/<type>.json when it is chosen, so no page carries every
 * disclosure. Submitting goes to the pre-rendered page of a small type or to
 * /compare/pair/view/?a=…&b=… of a large one (src/compare/pair-scale.ts).
 *
 * State in the address: ?a= (the link from a disclosure page), ?b=, ?type=.
 * On /compare/pair/ a complete and valid ?a=&b= goes straight to the pair,
 * and choosing updates the address in place (replaceState), so a reload or a
 * shared link keeps the choice and the back button leaves the page.
 */
import { indexItems, itemLabel, itemMatches, type PairIndexItem, type PairTypeIndex, type PairTypeOption } from '../../compare/pair-data';
import { pairPaths } from '../../core/routes';
import { parseDisclosureId } from '../../core/disclosure-id';
import { href } from '../../core/url';

interface ChooserData {
  types: PairTypeOption[];
  a?: string;
  b?: string;
  mode: 'choose' | 'change';
  /** Pre-rendered disclosures the page knows of (a complete ?a=&b= among them goes straight to its page). */
  smallIds: string[];
}

const indexes = new Map<string, Promise<PairTypeIndex>>();
function loadIndex(type: string): Promise<PairTypeIndex> {
  let p = indexes.get(type);
  if (!p) {
    p = fetch(href(pairPaths.typeIndex(type))).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<PairTypeIndex>;
    });
    p.catch(() => indexes.delete(type));
    indexes.set(type, p);
  }
  return p;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

async function init(data: ChooserData): Promise<void> {
  const form = document.getElementById('pair-form') as HTMLFormElement | null;
  if (!form || data.types.length === 0) return;
  const $ = <T extends HTMLElement>(sel: string) => form.querySelector<T>(sel)!;
  const selType = $<HTMLSelectElement>('#pair-type');
  const side = {
    a: { filter: $<HTMLInputElement>('#pair-a-filter'), select: $<HTMLSelectElement>('#pair-a'), count: $<HTMLElement>('#pair-a-count') },
    b: { filter: $<HTMLInputElement>('#pair-b-filter'), select: $<HTMLSelectElement>('#pair-b'), count: $<HTMLElement>('#pair-b-count') },
  };
  const status = document.getElementById('pair-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const typeInfo = new Map(data.types.map((t) => [t.id, t]));
  let index: PairTypeIndex | null = null;
  let items: PairIndexItem[] = [];
  let byId = new Map<string, PairIndexItem>();

  /** Fill one side's select with the matching items (B never offers A); keep the choice when it still matches. */
  function fill(s: 'a' | 'b', keep = side[s].select.value): void {
    const exclude = s === 'b' ? side.a.select.value : '';
    const candidates = items.filter((i) => i.id !== exclude);
    const shown = candidates.filter((i) => itemMatches(i, side[s].filter.value));
    const frag = document.createDocumentFragment();
    frag.append(option('', shown.length ? '请选择' : '没有符合条件的文件'), ...shown.map((i) => option(i.id, itemLabel(i))));
    side[s].select.replaceChildren(frag);
    side[s].select.value = shown.some((i) => i.id === keep) ? keep : '';
    side[s].count.textContent = shown.length === candidates.length ? `共 ${candidates.length} 份` : `共 ${candidates.length} 份，符合筛选的 ${shown.length} 份`;
  }

  function setAddress(): void {
    if (data.mode !== 'choose' || data.a) return;
    const q = new URLSearchParams();
    q.set('type', selType.value);
    // Not B: a complete ?a=&b= goes straight to the pair, and the back button would bounce forward again.
    if (side.a.select.value) q.set('a', side.a.select.value);
    history.replaceState(history.state, '', `${location.pathname}?${q}`);
  }

  let token = 0;
  async function useType(type: string, a = '', b = ''): Promise<boolean> {
    const mine = ++token;
    selType.value = type;
    for (const s of [side.a, side.b]) {
      s.select.disabled = true;
      s.filter.value = '';
    }
    say('正在载入文件列表…');
    try {
      const loaded = await loadIndex(type);
      if (mine !== token) return false;
      index = loaded;
    } catch (e) {
      if (mine === token) say(`文件列表载入失败（${(e as Error).message}），请检查网络后刷新页面。`);
      return false;
    }
    items = indexItems(index);
    byId = new Map(items.map((i) => [i.id, i]));
    fill('a', a);
    fill('b', b);
    for (const s of [side.a, side.b]) s.select.disabled = false;
    say('');
    return true;
  }

  const valid = (a: string, b: string) => byId.has(a) && byId.has(b) && a !== b;
  const target = (a: string, b: string) => href(pairPaths.view(a, b, index?.prerendered ?? typeInfo.get(selType.value)?.prerendered ?? false));

  // The starting choice: from the page (pre-rendered pages) or the address.
  const q = new URLSearchParams(location.search);
  const a0 = data.a ?? q.get('a') ?? '';
  const b0 = data.b ?? q.get('b') ?? '';
  // A complete pair goes straight to its view: a known pre-rendered page, or the view of a large type (which checks the ids itself).
  if (data.mode === 'choose' && a0 && b0 && a0 !== b0) {
    const ta = parseDisclosureId(a0)?.department_type;
    const t = ta && ta === parseDisclosureId(b0)?.department_type ? typeInfo.get(ta) : undefined;
    const known = new Set(data.smallIds);
    if (t && (!t.prerendered || (known.has(a0) && known.has(b0)))) {
      location.replace(href(pairPaths.view(a0, b0, t.prerendered)));
      return;
    }
  }
  const idType = parseDisclosureId(a0)?.department_type ?? parseDisclosureId(b0)?.department_type;
  const wanted = idType ?? q.get('type') ?? '';
  const type = typeInfo.has(wanted) ? wanted : data.types[0].id;
  const ok = await useType(type, a0, b0);
  // On a pair view the page itself says what is wrong with its address.
  if (ok && data.mode === 'choose') {
    if (a0 && !byId.has(a0)) say(`没有编号为“${a0}”的文件，请重新选择。`);
    else if (b0 && !byId.has(b0)) say(`没有编号为“${b0}”的文件，请重新选择。`);
    else if (byId.has(a0)) say(`已选文件 A：${itemLabel(byId.get(a0)!)}。请选择文件 B。`);
  }

  selType.addEventListener('change', async () => {
    if (await useType(selType.value)) {
      say(`已换成${typeInfo.get(selType.value)?.name ?? ''}：共 ${items.length} 份文件。`);
      setAddress();
    }
  });
  side.a.filter.addEventListener('input', () => {
    fill('a');
    fill('b');
    say(`文件 A：${side.a.count.textContent}。`);
  });
  side.b.filter.addEventListener('input', () => {
    fill('b');
    say(`文件 B：${side.b.count.textContent}。`);
  });
  side.a.select.addEventListener('change', () => {
    fill('b');
    setAddress();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const [a, b] = [side.a.select.value, side.b.select.value];
    if (valid(a, b)) location.assign(target(a, b));
    else say(!a ? '请选择文件 A。' : '请选择文件 B。');
  });
  for (const el of document.querySelectorAll<HTMLElement>('[data-pair-nojs]')) el.hidden = true;
  for (const el of document.querySelectorAll<HTMLElement>('[data-pair-js]')) el.hidden = false;
  form.hidden = false;
}

const blob = document.getElementById('pair-data');
if (blob?.dataset.json) void init(JSON.parse(blob.dataset.json) as ChooserData);
