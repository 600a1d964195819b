/**
 * Chart downloads in the browser: the standalone SVG, a PNG drawn from it on
 * a canvas (2× for sharp print), and the CSV, each saved through a blob link.
 */
export const EXPORT_WIDTH = 720;

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, type: string, name: string): void {
  saveBlob(new Blob([text], { type }), name);
}

/** Draw an SVG string on a canvas and save it as PNG. */
export function savePng(svg: string, name: string, scale = 2): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(img.naturalWidth * scale);
      canvas.height = Math.ceil(img.naturalHeight * scale);
      const g = canvas.getContext('2d');
      if (!g) {
        URL.revokeObjectURL(url);
        reject(new Error('canvas 2d context unavailable'));
        return;
      }
      g.scale(scale, scale);
      g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => {
        if (!b) return reject(new Error('PNG encoding failed'));
        saveBlob(b, name);
        resolve();
      }, 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('SVG could not be drawn'));
    };
    img.src = url;
  });
}

export interface Downloadable {
  csv: () => string;
  svg: (width: number) => string;
  /** File name without extension. */
  name: string;
}

/** Handle clicks on [data-download] buttons; `find` returns the figure's current data. */
export function bindDownloads(root: HTMLElement, find: (figureId: string) => Downloadable | undefined): void {
  root.addEventListener('click', (ev) => {
    const btn = (ev.target as Element).closest<HTMLButtonElement>('button[data-download]');
    if (!btn) return;
    const d = find(btn.dataset.figure ?? '');
    if (!d) return;
    const kind = btn.dataset.download;
    if (kind === 'csv') saveText(d.csv(), 'text/csv;charset=utf-8', `${d.name}.csv`);
    else if (kind === 'svg') saveText(d.svg(EXPORT_WIDTH), 'image/svg+xml;charset=utf-8', `${d.name}.svg`);
    else if (kind === 'png') savePng(d.svg(EXPORT_WIDTH), `${d.name}.png`).catch((e: Error) => console.warn(`PNG download failed: ${e.message}`));
  });
}
