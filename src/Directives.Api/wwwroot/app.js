// Directives – giao diện tra cứu văn bản: routing between the views, ingest status, page events.
// Plain ES modules, no framework, no build step (views in js/).
import { fmtDateTime, fmtNum, getJson } from './js/ui.js';
import { readState, searchHref, navigate } from './js/state.js';
import { els, syncForm, formState, view } from './js/shell.js';
import { lastSearchKey, runSearch } from './js/search.js';
import { docCtrl, showDoc } from './js/document.js';
import { $, h, debounce } from './js/dom.js';
import { parseDayFirst } from './js/dates.js';

// ---------------------------------------------------------------- routing

let lastHref = null;

export function route({ force = false } = {}) {
  if (!force && location.href === lastHref) return;
  const prevHref = lastHref;
  lastHref = location.href;

  // The draft check view (check.js) owns #/check.
  if (location.hash.startsWith('#/check')) {
    docCtrl?.abort();
    els.doc.hidden = true;
    els.searchView.hidden = true;
    return;
  }

  const m = /^#\/doc\/(.+)$/.exec(location.hash);
  if (m) {
    let id;
    try { id = decodeURIComponent(m[1]); } catch { id = m[1]; }
    view.cameFromSearch = !!prevHref && !/#\/doc\//.test(prevHref);
    document.body.classList.add('viewing-doc');
    showDoc(id);
    return;
  }

  docCtrl?.abort();
  const wasDoc = !els.doc.hidden;
  els.doc.hidden = true;
  els.doc.replaceChildren();
  els.searchView.hidden = false;
  document.body.classList.remove('viewing-doc');
  view.cameFromSearch = false;

  const s = readState();
  if (force || location.search !== lastSearchKey || !els.body.firstChild) {
    runSearch(s);
  } else {
    syncForm(s);
    document.title = s.q ? `${s.q} – Directives` : 'Directives – Tra cứu văn bản của Đảng';
    if (wasDoc) {
      window.scrollTo(0, view.savedScroll);
      const link = els.body.querySelector(`a[href="${CSS.escape(prevHref ? new URL(prevHref).hash : '')}"]`);
      link?.focus({ preventScroll: true });
    }
  }
}

// ---------------------------------------------------------------- ingest status

let ingestTimer = null;
let ingestWasRunning = false;

async function loadIngest() {
  clearTimeout(ingestTimer);
  try {
    const st = await getJson('api/ingest/status');
    renderIngest(st);
    const running = st.state === 'running';
    if (ingestWasRunning && !running && els.doc.hidden) route({ force: true });
    ingestWasRunning = running;
    ingestTimer = setTimeout(loadIngest, running ? 4000 : 60000);
  } catch {
    els.ingest.replaceChildren(h('span', { class: 'muted' }, 'Không lấy được trạng thái lập chỉ mục.'));
    ingestTimer = setTimeout(loadIngest, 60000);
  }
}

function renderIngest(st) {
  const failures = Array.isArray(st.failures) ? st.failures : [];
  const failed = st.failed ?? failures.length;
  const parts = [];
  if (st.state === 'running') {
    parts.push(h('span', { class: 'dot dot-run', 'aria-hidden': 'true' }),
      `Đang lập chỉ mục… ${fmtNum((st.indexed ?? 0) + (st.skipped ?? 0) + (failed ?? 0))}/${fmtNum(st.filesSeen)} tệp · hiện có ${fmtNum(st.documents)} văn bản`);
  } else {
    parts.push(h('span', { class: 'dot', 'aria-hidden': 'true' }), `Đã lập chỉ mục ${fmtNum(st.documents)} văn bản`);
    if (st.finishedAt) parts.push(h('span', { class: 'muted' }, ` · cập nhật ${fmtDateTime(st.finishedAt)}`));
  }
  const line = h('span', { class: 'ingest-line' }, parts);
  if (failed > 0) {
    const wasOpen = els.ingest.querySelector('details')?.open;
    els.ingest.replaceChildren(h('details', { class: 'ingest-details', open: wasOpen || null },
      h('summary', null, line, ' · ', h('span', { class: 'ingest-failed' }, `${fmtNum(failed)} tệp lỗi`)),
      failures.length ? h('ul', { class: 'failures' }, failures.map((f) =>
        h('li', null, h('code', null, f.path || '—'), h('span', null, f.reason || 'Không rõ nguyên nhân'))))
        : h('p', { class: 'muted' }, 'Không có chi tiết lỗi.')));
  } else {
    els.ingest.replaceChildren(line);
  }
}

// ---------------------------------------------------------------- events

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  els.facets.classList.remove('open');
  navigate(searchHref(formState()));
});

els.sort.addEventListener('change', () => navigate(searchHref(formState())));

// One search per settled date: typing "2019" digit by digit must not fire four searches.
const dateSearch = debounce(() => navigate(searchHref(formState())), 500);
for (const el of [els.from, els.to]) {
  el.addEventListener('input', () => {
    const value = el.value.trim();
    const ok = !value || parseDayFirst(value) !== null;
    el.setAttribute('aria-invalid', ok ? 'false' : 'true');
    if (ok) dateSearch();
  });
}

els.filtersToggle.addEventListener('click', () => {
  const open = els.facets.classList.toggle('open');
  els.filtersToggle.setAttribute('aria-expanded', String(open));
});

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a[data-nav]');
  if (!a) return;
  e.preventDefault();
  const toTop = a.dataset.scroll === 'top';
  navigate(a.getAttribute('href'));
  if (toTop) {
    els.results.scrollIntoView({ block: 'start' });
    $('#results-summary')?.focus({ preventScroll: true });
  }
});

document.addEventListener('keydown', (e) => {
  // "/" focuses the search box (common in search tools), unless typing somewhere.
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable) return;
    e.preventDefault();
    els.q.focus();
    els.q.select();
  }
});

window.addEventListener('popstate', () => route());
window.addEventListener('hashchange', () => route());

route();
loadIngest();
