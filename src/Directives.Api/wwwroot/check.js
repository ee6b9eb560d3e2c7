// Directives – "Kiểm tra dự thảo": check a draft's references, write them right, download the annotated DOCX.
// Its own view (#/check), plus citation suggestions on the search box.
import { copyButton as makeCopyButton } from './js/copy.js';
import { docHref, nodeLabel } from './js/dom.js';

import { apiFetch } from './apikey.js';

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' };
const RESOLUTION = { document: 'Văn bản trong kho', placeholder: 'Văn bản đã biết (chưa có toàn văn)', ambiguous: 'Chưa xác định được (nhiều văn bản)', unknown: 'Không tìm thấy' };

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  for (const kid of kids.flat()) if (kid != null && kid !== false) e.append(kid instanceof Node ? kid : String(kid));
  return e;
}

const copyButton = (text, label) => makeCopyButton(el, text, label);

async function problemText(res) {
  try { const p = await res.json(); return [p.title, p.detail].filter(Boolean).join(' ') || `Lỗi ${res.status}`; } catch { return `Lỗi ${res.status}`; }
}

function buildView() {
  const view = document.getElementById('check-view');
  const text = el('textarea', { id: 'check-text', rows: 10, placeholder: 'Dán nội dung dự thảo vào đây…', spellcheck: 'false' });
  const file = el('input', { type: 'file', id: 'check-file', accept: '.docx,.txt' });
  const org = el('input', { type: 'text', id: 'check-org', placeholder: 'Ví dụ: Tỉnh ủy Trà Vinh' });
  const list = el('input', { type: 'checkbox', id: 'check-list' });
  const run = el('button', { type: 'submit', class: 'btn btn-primary' }, 'Kiểm tra');
  const download = el('button', { type: 'button', class: 'btn' }, 'Tải DOCX có ghi chú');
  const out = el('div', { id: 'check-out', 'aria-live': 'polite' });

  const body = () => {
    const f = file.files[0];
    if (f) { const fd = new FormData(); fd.append('file', f); return { body: fd }; }
    return { body: text.value, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  };
  const url = (format) => {
    const p = new URLSearchParams({ format });
    if (org.value.trim()) p.set('organization', org.value.trim());
    if (list.checked) p.set('references_list', 'true');
    return `api/check?${p}`;
  };


  const form = el('form', {
    class: 'check-form',
    onsubmit: async (e) => {
      e.preventDefault();
      out.replaceChildren(el('p', null, 'Đang kiểm tra…'));
      const res = await apiFetch(url('json'), { method: 'POST', ...body() });
      if (!res.ok) { out.replaceChildren(el('p', { class: 'check-problem', role: 'alert' }, await problemText(res))); return; }
      const report = await res.json();
      render(out, report, file.files[0] ? null : text.value);
    },
  },
    el('label', { for: 'check-text' }, 'Nội dung dự thảo'), text,
    el('div', { class: 'check-row' },
      el('label', null, 'Hoặc tải tệp (DOCX, TXT) ', file),
      el('label', null, 'Đơn vị ban hành dự thảo ', org),
      el('label', null, list, ' Thêm danh mục tài liệu trích dẫn vào DOCX')),
    el('div', { class: 'check-row' }, run, download));

  download.addEventListener('click', async () => {
    const res = await apiFetch(url('docx'), { method: 'POST', ...body() });
    if (!res.ok) { out.prepend(el('p', { class: 'check-problem', role: 'alert' }, await problemText(res))); return; }
    const blob = await res.blob();
    const name = file.files[0] ? file.files[0].name.replace(/\.(docx|txt)$/i, '') : 'du-thao';
    const a = el('a', { href: URL.createObjectURL(blob), download: name + '-kiem-tra.docx' });
    document.body.append(a); a.click(); a.remove();
  });

  view.replaceChildren(el('h1', null, 'Kiểm tra dự thảo'),
    el('p', { class: 'check-lead' }, 'Kiểm tra từng văn bản được trích dẫn: số hiệu, ngày ban hành, cơ quan ban hành, văn bản đã bị thay thế, cách viết thống nhất; và các phép tính trong dự thảo.'),
    form, out);
}

// The draft with each finding marked where it is, numbered like the list below.
function markedDraft(text, findings) {
  const spans = findings.map((f, i) => ({ ...f, n: i + 1 })).filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const parts = [];
  let last = 0;
  for (const f of spans) {
    if (f.start < last) continue;
    parts.push(text.slice(last, f.start));
    parts.push(el('mark', { class: `check-mark sev-${f.severity}`, id: `finding-at-${f.n}`, title: f.message },
      text.slice(f.start, f.end), el('sup', null, String(f.n))));
    last = f.end;
  }
  parts.push(text.slice(last));
  return el('section', { class: 'check-draft', 'aria-labelledby': 'check-draft-title' },
    el('h2', { id: 'check-draft-title' }, 'Dự thảo, đánh dấu chỗ cần xem lại'), el('div', { class: 'check-draft-text' }, parts));
}

function resolvedLink(r) {
  const res = r.resolution;
  const target = res.document ?? res.node ?? null;
  if (!target?.id || res.kind !== 'document') return null;
  return el('p', null, 'Văn bản: ', el('a', { href: docHref(target.id) }, nodeLabel(target)));
}

function render(out, report, draftText) {
  const findings = report.findings;
  const summary = findings.length === 0 ? 'Không phát hiện sai sót.' : `${findings.length} vấn đề cần xem lại.`;
  const items = findings.map((f, i) => el('li', { class: `check-finding sev-${f.severity}`, id: `finding-${i + 1}` },
    el('span', { class: 'check-sev' }, SEVERITY[f.severity] || f.severity), ' ',
    el('q', null, f.surface), el('p', null, f.message),
    f.suggestion ? el('p', { class: 'check-suggest' }, 'Nên viết: ', el('span', null, f.suggestion), ' ', copyButton(f.suggestion)) : null));
  const seen = new Set();
  const refs = report.references.filter((r) => {
    const key = r.canonical_full || r.reference.surface;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((r) => el('li', null,
    el('span', { class: 'check-res' }, RESOLUTION[r.resolution.kind] || r.resolution.kind), ' ',
    el('q', null, r.reference.surface),
    resolvedLink(r),
    r.canonical_full ? el('p', null, 'Lần đầu: ', el('span', null, r.canonical_full), ' ', copyButton(r.canonical_full)) : null,
    r.canonical_short ? el('p', null, 'Các lần sau: ', el('span', null, r.canonical_short), ' ', copyButton(r.canonical_short)) : null));
  const list = report.reference_list;
  out.replaceChildren(
    el('h2', null, summary),
    draftText && findings.length ? markedDraft(draftText, findings) : null,
    items.length ? el('ol', { class: 'check-findings' }, items) : null,
    el('h2', null, 'Văn bản được trích dẫn'), el('ul', { class: 'check-refs' }, refs),
    list.length ? el('section', null, el('h2', null, 'Tài liệu trích dẫn ', copyButton(list.map((x, i) => `${i + 1}. ${x}`).join('\n'), 'Sao chép danh mục')),
      el('ol', null, list.map((x) => el('li', null, x)))) : null);
}

function showIfChecking() {
  const view = document.getElementById('check-view');
  const on = location.hash.startsWith('#/check');
  view.hidden = !on;
  if (on && !view.firstChild) buildView();
  if (on) document.title = 'Kiểm tra dự thảo – Directives';
}

// Suggestions while typing a citation in the search box, each naming its committee ("Nghị quyết 03-NQ/TU — Tỉnh ủy
// Kon Tum (2016)"): choosing one opens that document's page, or searches for a document the corpus only cites.
function suggestOnSearchBox() {
  const q = document.getElementById('q');
  if (!q) return;
  const options = el('datalist', { id: 'citation-suggestions' });
  document.body.append(options);
  q.setAttribute('list', options.id);
  let timer = null, ctrl = null;
  const shown = new Map();
  q.addEventListener('input', () => {
    clearTimeout(timer);
    const value = q.value.trim();
    const chosen = shown.get(value);
    if (chosen) {
      options.replaceChildren();
      shown.clear();
      q.value = chosen.citation;
      if (chosen.source === 'corpus') location.hash = docHref(chosen.id);
      else location.assign(`./?${new URLSearchParams({ q: chosen.citation })}`);
      return;
    }
    if (value.length < 2) { options.replaceChildren(); return; }
    timer = setTimeout(async () => {
      ctrl?.abort();
      ctrl = new AbortController();
      try {
        const res = await apiFetch(`api/citations/suggest?${new URLSearchParams({ q: value, limit: '6' })}`, { signal: ctrl.signal });
        if (!res.ok) return;
        const hits = await res.json();
        // Labels of earlier lists stay known: a slower answer to an earlier keystroke may replace the list the user
        // is choosing from, and the choice must still open its document.
        if (shown.size > 200) shown.clear();
        for (const s of hits) shown.set(s.label, s);
        options.replaceChildren(...hits.map((s) => el('option', { value: s.label })));
      } catch { /* aborted or offline: no suggestions */ }
    }, 120);
  });
}

window.addEventListener('hashchange', showIfChecking);
showIfChecking();
suggestOnSearchBox();
