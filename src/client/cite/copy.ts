/**
 * Copy-citation buttons: a <button data-copy="<id>"> copies the text of the
 * element with that id. The button is `hidden` in the HTML and shown here,
 * so without JavaScript only the citation text shows (selectable, CSS
 * user-select: all). Where the clipboard is refused, the text is selected
 * for the reader to copy. A status element (data-copy-status, aria-live)
 * says what happened. Text only, never HTML.
 */

function selectText(el: Element): void {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

export function startCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = doc.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
    const say = (t: string) => {
      if (status) status.textContent = t;
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = (source.textContent ?? '').trim();
      const copied = navigator.clipboard?.writeText ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
      copied.then(
        () => say('已复制引用，可粘贴使用。'),
        () => {
          selectText(source);
          say('浏览器不允许直接复制：引用文字已选中，请按 Ctrl+C（手机上长按）复制。');
        },
      );
    });
  }
}
