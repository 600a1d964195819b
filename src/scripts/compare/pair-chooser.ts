/**
 * The pair chooser: a GET form (a, b) turned into navigation to the
 * pre-rendered page /compare/pair/<a>/<b>/. Reads ?a=… (the link from a
 * disclosure page) and ?a=…&b=…; B offers only disclosures of A's department
 * type.
 */
interface Item {
  id: string;
  label: string;
  type: string;
  typeName: string;
}
interface ChooserData {
  pairBase: string;
  items: Item[];
}

function init(data: ChooserData): void {
  const form = document.getElementById('pair-form') as HTMLFormElement | null;
  if (!form) return;
  const selA = form.querySelector<HTMLSelectElement>('#pair-a')!;
  const selB = form.querySelector<HTMLSelectElement>('#pair-b')!;
  const status = document.getElementById('pair-status');
  const byId = new Map(data.items.map((i) => [i.id, i]));
  const target = (a: string, b: string) => `${data.pairBase}${encodeURIComponent(a)}/${encodeURIComponent(b)}/`;
  const valid = (a: string, b: string) => byId.has(a) && byId.has(b) && a !== b && byId.get(a)!.type === byId.get(b)!.type;

  function fillB(): void {
    const a = byId.get(selA.value);
    const keep = selB.value;
    const candidates = data.items.filter((i) => (a ? i.type === a.type && i.id !== a.id : true));
    const first = document.createElement('option');
    first.value = '';
    first.textContent = '请选择';
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const i of candidates) {
      let g = groups.get(i.type);
      if (!g) {
        g = document.createElement('optgroup');
        g.label = i.typeName;
        groups.set(i.type, g);
      }
      const o = document.createElement('option');
      o.value = i.id;
      o.textContent = i.label;
      g.appendChild(o);
    }
    selB.replaceChildren(first, ...groups.values());
    selB.value = candidates.some((c) => c.id === keep) ? keep : '';
  }

  const q = new URLSearchParams(location.search);
  const qa = q.get('a') ?? '';
  const qb = q.get('b') ?? '';
  if (qa && qb && valid(qa, qb)) {
    location.replace(target(qa, qb));
    return;
  }
  if (byId.has(qa)) selA.value = qa;
  fillB();
  if (byId.has(qb) && [...selB.options].some((o) => o.value === qb)) selB.value = qb;
  if (status && byId.has(qa)) status.textContent = `已选文件 A：${byId.get(qa)!.label}。请选择文件 B。`;
  else if (status && qa) status.textContent = `没有编号为“${qa}”的文件，请重新选择。`;

  selA.addEventListener('change', fillB);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (valid(selA.value, selB.value)) location.assign(target(selA.value, selB.value));
    else if (status) status.textContent = selA.value ? '请选择文件 B。' : '请选择文件 A。';
  });
  form.hidden = false;
}

const blob = document.getElementById('pair-data');
if (blob?.dataset.json) init(JSON.parse(blob.dataset.json) as ChooserData);
