// Copy to the clipboard; on a plain-http intranet host (no secure context, no Clipboard API) copy a selection instead.

export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(text); return true; } catch { /* fall back below */ }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

/** A button that copies `text` and says so ("Đã chép") where the reader is looking. */
export function copyButton(make, text, label = 'Sao chép') {
  const button = make('button', { type: 'button', class: 'btn btn-ghost check-copy', 'aria-label': `${label}: ${text}` }, label);
  button.addEventListener('click', async () => {
    const ok = await copyText(text);
    button.textContent = ok ? 'Đã chép' : 'Không chép được';
    setTimeout(() => { button.textContent = label; }, 2500);
  });
  return button;
}
