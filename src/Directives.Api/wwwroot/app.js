// Directives – giao diện tra cứu văn bản. Plain ES module, không framework, không build.
import { relationsDiagram, levelsDiagram, relationsList } from './js/diagram.js';
import { STATUS_LABELS, LEVEL_LABELS } from './js/labels.js';
import { debounce, nodeLabel } from './js/dom.js';
import { parseDayFirst } from './js/dates.js';
import { documentText } from './js/doctext.js';

const PAGE_SIZE = 20;
// Filters that take several values (one request parameter each); dates take one.
const MULTI_KEYS = ['kind', 'issuer', 'organization', 'status', 'level'];
const FILTER_KEYS = [...MULTI_KEYS, 'from', 'to'];
const FACET_LIMIT = 8;

const FACETS = [
  { key: 'status', label: 'Hiệu lực' },
  { key: 'level', label: 'Cấp ban hành' },
  { key: 'kind', label: 'Loại văn bản' },
  { key: 'issuer', label: 'Cơ quan ban hành' },
  { key: 'organization', label: 'Tổ chức' },
  { key: 'year', label: 'Năm' },
];

const ISSUER_NAMES = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy, Thành ủy',
  HU: 'Huyện ủy',
  QU: 'Quận ủy',
  TXU: 'Thị xã ủy',
  'ĐU': 'Đảng ủy',
  DU: 'Đảng ủy',
  'BCSĐ': 'Ban cán sự đảng',
  'ĐĐ': 'Đảng đoàn',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BNCTW: 'Ban Nội chính Trung ương',
  BKTTW: 'Ban Kinh tế Trung ương',
  'BĐNTW': 'Ban Đối ngoại Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  BTG: 'Ban Tuyên giáo',
  BTC: 'Ban Tổ chức',
  BDV: 'Ban Dân vận',
  UBKT: 'Ủy ban Kiểm tra',
  VPTU: 'Văn phòng Tỉnh ủy',
};

const EXAMPLES = ['28-CT/TW', 'ket nap dang vien', 'Nghị quyết 21', 'tinh gian bien che', 'kế hoạch thực hiện chỉ thị'];

// ---------------------------------------------------------------- helpers

const $ = (sel, root = document) => root.querySelector(sel);

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid == null || kid === false || kid === '') continue;
    el.append(kid instanceof Node ? kid : String(kid));
  }
  return el;
}

function decodeEntities(s) {
  // <textarea> content is RCDATA: entities are decoded, tags are never created.
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

/** Rebuild an API snippet (escaped text + <mark>…</mark>) as safe DOM nodes. */
function snippetNodes(snippet) {
  const out = [];
  let inMark = false;
  for (const part of String(snippet).split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(part)) { inMark = true; continue; }
    if (/^<\/mark>$/i.test(part)) { inMark = false; continue; }
    if (!part) continue;
    // Anything that still looks like a tag is dropped as text-only.
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    out.push(inMark ? h('mark', null, text) : document.createTextNode(text));
  }
  return out;
}

function fmtDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso);
}

function fmtDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const nf = new Intl.NumberFormat('vi-VN');
const fmtNum = (n) => nf.format(n ?? 0);

function capFirst(s) {
  if (!s) return s;
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function issuerLabel(code) {
  const name = ISSUER_NAMES[code] || ISSUER_NAMES[String(code).toUpperCase()];
  return name ? `${code} – ${name}` : code;
}

function yearRange(y) { return { from: `${y}-01-01`, to: `${y}-12-31` }; }

function activeYear(s) {
  const m = /^(\d{4})-01-01$/.exec(s.from);
  return m && s.to === `${m[1]}-12-31` ? m[1] : null;
}

function docIdFromFile(id) {
  return String(id).split('/').pop();
}

class ApiError extends Error {
  constructor(title, detail, status) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

async function getJson(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError('Không kết nối được máy chủ', 'Vui lòng kiểm tra kết nối mạng rồi thử lại.', 0);
  }
  const type = res.headers.get('content-type') || '';
  let body = null;
  if (type.includes('json')) {
    try { body = await res.json(); } catch { body = null; }
  }
  if (!res.ok) {
    const title = body?.title || `Lỗi ${res.status}${res.statusText ? ' – ' + res.statusText : ''}`;
    throw new ApiError(title, body?.detail || '', body?.status || res.status);
  }
  if (body == null) throw new ApiError('Phản hồi không hợp lệ', 'Máy chủ không trả về dữ liệu JSON.', res.status);
  return body;
}

// ---------------------------------------------------------------- state / URL

function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const s = {
    q: (p.get('q') || '').trim(),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
  };
  for (const k of MULTI_KEYS) s[k] = p.getAll(k).map((v) => v.trim()).filter(Boolean);
  s.from = (p.get('from') || '').trim();
  s.to = (p.get('to') || '').trim();
  return s;
}

function stateParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of MULTI_KEYS) for (const v of s[k] ?? []) p.append(k, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort === 'date') p.set('sort', 'date');
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

function searchHref(s) {
  const qs = stateParams(s).toString();
  return location.pathname + (qs ? `?${qs}` : '');
}

function apiSearchUrl(s) {
  const p = stateParams(s);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('page_size', String(PAGE_SIZE));
  return `api/search?${p}`;
}

const withState = (s, patch) => ({ ...s, page: 1, ...patch });
const hasFilters = (s) => FILTER_KEYS.some((k) => (Array.isArray(s[k]) ? s[k].length : s[k]));
const NO_FILTERS = { kind: [], issuer: [], organization: [], status: [], level: [], from: '', to: '' };
const toggled = (list, value) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
const isBlank = (s) => !s.q && !hasFilters(s);

function docHref(id) { return `#/doc/${encodeURIComponent(id)}`; }
function apiDocUrl(id) { return `api/documents/${encodeURIComponent(id)}`; }

function navigate(href, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', href);
  route({ force: true });
}

// ---------------------------------------------------------------- elements

const els = {
  form: $('#search-form'),
  q: $('#q'),
  sort: $('#sort'),
  from: $('#from'),
  to: $('#to'),
  searchView: $('#search-view'),
  facets: $('#facets'),
  results: $('#results'),
  body: $('#results-body'),
  doc: $('#doc-view'),
  live: $('#live'),
  ingest: $('#ingest'),
  filtersToggle: $('#filters-toggle'),
};

function announce(msg) {
  els.live.textContent = '';
  setTimeout(() => { els.live.textContent = msg; }, 30);
}

function syncForm(s) {
  if (document.activeElement !== els.q || els.q.value.trim() !== s.q) els.q.value = s.q;
  els.sort.value = s.sort;
  if (document.activeElement !== els.from) els.from.value = fmtDate(s.from);
  if (document.activeElement !== els.to) els.to.value = fmtDate(s.to);
}

function formState() {
  const cur = readState();
  return withState(cur, {
    q: els.q.value.trim(),
    sort: els.sort.value === 'date' ? 'date' : 'relevance',
    from: parseDayFirst(els.from.value) ?? '',
    to: parseDayFirst(els.to.value, true) ?? '',
  });
}

// ---------------------------------------------------------------- search

let searchCtrl = null;
let lastSearchKey = null;
let lastData = null;
let savedScroll = 0;

async function runSearch(s) {
  syncForm(s);
  lastSearchKey = location.search;
  document.title = s.q ? `${s.q} – Directives` : 'Directives – Tra cứu văn bản của Đảng';

  searchCtrl?.abort();
  const ctrl = (searchCtrl = new AbortController());
  els.results.setAttribute('aria-busy', 'true');
  els.results.classList.add('is-loading');
  if (!els.body.firstChild) els.body.replaceChildren(loadingNode());

  try {
    const data = await getJson(apiSearchUrl(s), ctrl.signal);
    if (ctrl !== searchCtrl) return;
    lastData = data;
    renderFacets(s, data.facets || {});
    renderResults(s, data);
  } catch (err) {
    if (err.name === 'AbortError' || ctrl !== searchCtrl) return;
    lastData = null;
    renderFacets(s, {});
    if (isBlank(s)) renderResults(s, null);
    else renderError(err);
  } finally {
    if (ctrl === searchCtrl) {
      els.results.setAttribute('aria-busy', 'false');
      els.results.classList.remove('is-loading');
    }
  }
}

function loadingNode() {
  return h('div', { class: 'skeleton', role: 'status' },
    h('span', { class: 'visually-hidden' }, 'Đang tải kết quả…'),
    [1, 2, 3, 4].map(() => h('div', { class: 'sk-hit' },
      h('div', { class: 'sk-line sk-short' }), h('div', { class: 'sk-line' }), h('div', { class: 'sk-line sk-mid' }))));
}

function renderError(err) {
  els.body.replaceChildren(
    h('div', { class: 'notice notice-error', role: 'alert' },
      h('h2', { id: 'results-summary', class: 'notice-title' }, err.title || 'Đã xảy ra lỗi'),
      err.detail ? h('p', null, err.detail) : null,
      err.status ? h('p', { class: 'muted small' }, `Mã lỗi: ${err.status}`) : null,
      h('p', null, h('button', { type: 'button', class: 'btn', onclick: () => route({ force: true }) }, 'Thử lại'))));
  announce(err.title || 'Đã xảy ra lỗi');
}

function chip(label, patch, s) {
  return h('li', null,
    h('a', { class: 'chip', href: searchHref(withState(s, patch)), 'data-nav': true, 'aria-label': `Bỏ lọc ${label}` },
      h('span', null, label), h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×')));
}

function activeChips(s) {
  const items = [];
  const names = { kind: 'Loại', issuer: 'Cơ quan', organization: 'Tổ chức', status: 'Hiệu lực', level: 'Cấp' };
  for (const k of MULTI_KEYS) {
    for (const v of s[k]) items.push(chip(`${names[k]}: ${facetText(k, v)}`, { [k]: s[k].filter((x) => x !== v) }, s));
  }
  const y = activeYear(s);
  if (y) items.push(chip(`Năm ${y}`, { from: '', to: '' }, s));
  else {
    if (s.from) items.push(chip(`Từ ${fmtDate(s.from)}`, { from: '' }, s));
    if (s.to) items.push(chip(`Đến ${fmtDate(s.to)}`, { to: '' }, s));
  }
  if (!items.length) return null;
  if (items.length > 1) {
    items.push(h('li', null, h('a', {
      class: 'chip chip-clear', href: searchHref(withState(s, NO_FILTERS)), 'data-nav': true,
    }, 'Xóa tất cả bộ lọc')));
  }
  return h('ul', { class: 'chips', 'aria-label': 'Bộ lọc đang áp dụng' }, items);
}

function renderResults(s, data) {
  const frag = [];
  const blank = isBlank(s);

  if (blank) frag.push(welcomeNode());

  const chips = activeChips(s);
  const total = data?.total ?? 0;
  const hits = data?.hits ?? [];

  if (data && !(blank && hits.length === 0)) {
    const pages = Math.max(1, Math.ceil(total / (data.size || PAGE_SIZE)));
    const page = data.page || s.page;
    frag.push(h('div', { class: 'summary-row' },
      h('h2', { id: 'results-summary', class: 'summary', tabindex: '-1' },
        blank ? 'Văn bản mới cập nhật' : [h('strong', null, fmtNum(total)), ' kết quả',
          s.q ? [' cho ', h('q', null, s.q)] : null]),
      pages > 1 ? h('span', { class: 'muted small' }, `Trang ${fmtNum(page)}/${fmtNum(pages)}`) : null));
    if (chips) frag.push(chips);

    if (total === 0 || hits.length === 0) {
      frag.push(noResultsNode(s, total, page));
    } else {
      const start = (page - 1) * (data.size || PAGE_SIZE) + 1;
      frag.push(h('ol', { class: 'hits', start }, hits.map(hitNode)));
      frag.push(paginationNode(s, page, pages));
    }
    announce(blank ? '' : `${fmtNum(total)} kết quả`);
  } else if (chips) {
    frag.push(chips);
  }
  els.body.replaceChildren(...frag.filter(Boolean));
}

function welcomeNode() {
  return h('section', { class: 'welcome' },
    h('h2', { id: blankSummaryId() }, 'Tra cứu nghị quyết, chỉ thị, kế hoạch, hướng dẫn…'),
    h('p', null, 'Nhập số hiệu, trích yếu hoặc một đoạn nội dung. Có thể gõ tiếng Việt không dấu; dùng bộ lọc bên trái để thu hẹp theo loại văn bản, cơ quan ban hành, tổ chức hoặc năm.'),
    h('p', { class: 'examples' }, h('span', { class: 'muted' }, 'Ví dụ: '),
      EXAMPLES.map((ex) => h('a', { class: 'example', href: searchHref({ ...readState(''), q: ex }), 'data-nav': true }, ex))));
}

function blankSummaryId() { return 'welcome-title'; }

function noResultsNode(s, total, page) {
  if (total > 0 && page > 1) {
    return h('div', { class: 'notice' },
      h('p', null, 'Trang này không có kết quả.'),
      h('p', null, h('a', { href: searchHref({ ...s, page: 1 }), 'data-nav': true }, 'Về trang đầu')));
  }
  return h('div', { class: 'notice empty' },
    h('h3', { class: 'notice-title' }, 'Không tìm thấy văn bản phù hợp'),
    h('ul', null,
      h('li', null, 'Kiểm tra lại chính tả hoặc số hiệu (ví dụ: 28-CT/TW).'),
      h('li', null, 'Thử từ khóa ngắn hơn, hoặc gõ không dấu.'),
      hasFilters(s) ? h('li', null, 'Bỏ bớt bộ lọc – ',
        h('a', { href: searchHref(withState(s, NO_FILTERS)), 'data-nav': true },
          'tìm lại không dùng bộ lọc'), '.') : null));
}

function hitNode(hit) {
  const title = capFirst(hit.title) || docIdFromFile(hit.id);
  const sub = [hit.organization, hit.date ? fmtDate(hit.date) : null].filter(Boolean);
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-tags' },
      hit.citation ? h('span', { class: 'badge' }, hit.citation) : h('span', { class: 'badge badge-muted' }, 'Chưa rõ số hiệu'),
      hit.kind ? h('span', { class: 'kind' }, hit.kind) : null,
      hit.status ? h('span', { class: `validity validity-${hit.status}` }, STATUS_LABELS[hit.status]) : null),
    h('h3', { class: 'hit-title' }, h('a', { href: docHref(hit.id) }, title)),
    sub.length ? h('p', { class: 'hit-sub' }, sub.join(' · ')) : null,
    hit.snippet ? h('p', { class: 'snippet' }, snippetNodes(hit.snippet)) : null);
}

function pageList(cur, last) {
  const set = new Set([1, last]);
  for (let i = cur - 2; i <= cur + 2; i++) if (i >= 1 && i <= last) set.add(i);
  const sorted = [...set].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((n, i) => {
    if (i && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

function paginationNode(s, page, pages) {
  if (pages <= 1) return null;
  const link = (n, label, extra = {}) => h('a', { class: 'pg', href: searchHref({ ...s, page: n }), 'data-nav': true, 'data-scroll': 'top', ...extra }, label);
  return h('nav', { class: 'pagination', 'aria-label': 'Phân trang' },
    h('ul', null,
      h('li', null, page > 1 ? link(page - 1, '‹ Trước', { rel: 'prev' }) : h('span', { class: 'pg disabled', 'aria-disabled': 'true' }, '‹ Trước')),
      pageList(page, pages).map((n) => h('li', null,
        n == null ? h('span', { class: 'pg gap', 'aria-hidden': 'true' }, '…')
          : n === page ? h('span', { class: 'pg current', 'aria-current': 'page' }, fmtNum(n))
            : link(n, fmtNum(n), { 'aria-label': `Trang ${n}` }))),
      h('li', null, page < pages ? link(page + 1, 'Sau ›', { rel: 'next' }) : h('span', { class: 'pg disabled', 'aria-disabled': 'true' }, 'Sau ›'))));
}

// ---------------------------------------------------------------- facets

const expandedFacets = new Set();

function facetEntries(key, values, s) {
  let entries = Object.entries(values || {});
  if (key === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
  else entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  if (key === 'status') entries = Object.keys(STATUS_LABELS).map((v) => [v, null]);
  if (key === 'level') entries = Object.keys(LEVEL_LABELS).map((v) => [v, null]);
  const active = key === 'year' ? [activeYear(s)].filter(Boolean) : s[key];
  for (const a of active) if (!entries.some(([v]) => v === a)) entries.unshift([a, null]);
  return { entries, active };
}

function facetText(key, value) {
  if (key === 'issuer') return issuerLabel(value);
  if (key === 'status') return STATUS_LABELS[value] ?? value;
  if (key === 'level') return LEVEL_LABELS[value] ?? value;
  return value;
}

function renderFacets(s, facets) {
  const groups = [];
  let activeCount = 0;
  for (const { key, label } of FACETS) {
    const { entries, active } = facetEntries(key, facets[key], s);
    activeCount += active.length;
    if (!entries.length) continue;
    const expanded = expandedFacets.has(key);
    const limit = expanded ? entries.length : FACET_LIMIT;
    const shown = entries.filter(([v], i) => i < limit || active.includes(v));
    const headId = `facet-${key}`;
    groups.push(h('section', { class: 'facet', 'aria-labelledby': headId },
      h('h2', { id: headId, class: 'facet-title' }, label),
      h('ul', { class: 'facet-list' }, shown.map(([value, count]) => {
        const on = active.includes(value);
        let patch;
        if (key === 'year') patch = on ? { from: '', to: '' } : yearRange(value);
        else patch = { [key]: toggled(s[key], value) };
        const text = facetText(key, value);
        return h('li', null,
          h('a', {
            class: 'facet-item' + (on ? ' active' : ''),
            href: searchHref(withState(s, patch)),
            'data-nav': true,
            'aria-current': on ? 'true' : null,
            title: on ? `Bỏ lọc: ${text}` : `Lọc: ${text}`,
          },
          h('span', { class: 'facet-check', 'aria-hidden': 'true' }),
          h('span', { class: 'facet-label' }, text),
          count != null ? h('span', { class: 'facet-count' }, fmtNum(count)) : null));
      })),
      entries.length > FACET_LIMIT ? h('button', {
        type: 'button', class: 'facet-more', 'aria-expanded': String(expanded),
        onclick: () => {
          if (expanded) expandedFacets.delete(key); else expandedFacets.add(key);
          renderFacets(readState(), lastData?.facets || {});
          $(`#facet-${key}`)?.parentElement?.querySelector('.facet-more')?.focus();
        },
      }, expanded ? 'Thu gọn' : `Xem thêm ${entries.length - FACET_LIMIT}`) : null));
  }
  if (!groups.length) {
    els.facets.replaceChildren();
    els.facets.classList.add('is-empty');
  } else {
    els.facets.classList.remove('is-empty');
    els.facets.replaceChildren(...groups);
  }
  els.filtersToggle.textContent = activeCount ? `Bộ lọc (${activeCount})` : 'Bộ lọc';
}

// ---------------------------------------------------------------- document view

const docCache = new Map();
let docCtrl = null;
let cameFromSearch = false;

async function showDoc(id) {
  if (!els.searchView.hidden) savedScroll = window.scrollY;
  els.searchView.hidden = true;
  els.doc.hidden = false;
  syncForm(readState());

  docCtrl?.abort();
  const ctrl = (docCtrl = new AbortController());
  els.doc.replaceChildren(backNode(), h('div', { class: 'doc-loading', role: 'status' }, 'Đang tải văn bản…'));
  window.scrollTo(0, 0);

  try {
    const doc = docCache.get(id) || await getJson(apiDocUrl(id), ctrl.signal);
    if (ctrl !== docCtrl) return;
    docCache.set(id, doc);
    renderDoc(doc, id);
  } catch (err) {
    if (err.name === 'AbortError' || ctrl !== docCtrl) return;
    const title = err.status === 404 ? 'Không tìm thấy văn bản' : err.title;
    els.doc.replaceChildren(backNode(),
      h('div', { class: 'notice notice-error', role: 'alert' },
        h('h2', { class: 'notice-title', tabindex: '-1' }, title),
        err.detail ? h('p', null, err.detail) : null));
    els.doc.querySelector('h2')?.focus();
  }
}

function backNode() {
  const s = readState();
  return h('nav', { class: 'doc-back' },
    h('a', {
      href: searchHref(s),
      onclick: (e) => {
        if (cameFromSearch && !e.metaKey && !e.ctrlKey && !e.shiftKey && e.button === 0) {
          e.preventDefault();
          history.back();
        }
      },
    }, isBlank(s) ? '← Về trang tìm kiếm' : '← Quay lại kết quả tìm kiếm'));
}

function renderDoc(d, id) {
  const fileUrl = `${apiDocUrl(id)}/file`;
  const fileName = docIdFromFile(d.source || d.id || id);
  const citation = d.citation || null;
  const news = d.kind === 'Tin bài';
  const rows = [
    ['Số hiệu', citation ? h('span', { class: 'badge' }, citation) : 'Không có'],
    ['Loại văn bản', d.kind || 'Không rõ'],
    ['Cơ quan ban hành', [d.organization, d.issuer ? `(${d.issuer})` : null].filter(Boolean).join(' ') || 'Không rõ'],
    [news ? 'Ngày đăng' : 'Ngày ban hành', [d.place, d.date ? fmtDate(d.date) : null].filter(Boolean).join(', ') || 'Không rõ'],
    news ? null : ['Hiệu lực', h('span', { id: 'doc-status' }, 'Đang xem…')],
    d.signer ? ['Người ký', [d.signer.name, ` (${[d.signer.onBehalfOf, d.signer.title].filter(Boolean).join(', ')})`]] : null,
    d.effectiveDate ? ['Ngày có hiệu lực', fmtDate(d.effectiveDate)] : null,
    ['Trích yếu', capFirst(d.title) || 'Không có'],
    ['Định dạng', d.format ? String(d.format).toUpperCase() : 'Không rõ'],
  ].filter(Boolean);

  document.title = `${citation || d.kind || 'Văn bản'} – Directives`;
  const warnings = Array.isArray(d.warnings) ? d.warnings.filter(Boolean) : [];
  const tabs = [['doc-text', 'Toàn văn'], ['doc-attrs', 'Thuộc tính'], ['doc-diagram', 'Lược đồ'], ['doc-related', 'Văn bản liên quan'], ['doc-files', 'Tải về']];

  els.doc.replaceChildren(
    backNode(),
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' },
        d.kind ? h('span', { class: 'kind' }, d.kind) : null,
        citation ? h('span', { class: 'badge' }, citation) : null,
        news ? null : h('span', { class: 'validity', id: 'doc-validity', hidden: true })),
      h('h2', { class: 'doc-title', tabindex: '-1' }, capFirst(d.title) || nodeLabel(d)),
      h('p', { class: 'hit-sub' }, [d.organization, d.date ? fmtDate(d.date) : null].filter(Boolean).join(' · '))),
    h('nav', { class: 'doc-tabs', 'aria-label': 'Các phần của văn bản' },
      h('ul', null, tabs.map(([target, label]) => h('li', null, h('a', { href: `#${target}`, 'data-section': target }, label))))),
    h('section', { class: 'doc-body', id: 'doc-text', 'aria-labelledby': 'doc-text-title' },
      h('h3', { class: 'doc-body-title', id: 'doc-text-title' }, 'Toàn văn'),
      documentText(d, readState().q)),
    h('section', { class: 'doc-section', id: 'doc-attrs', 'aria-labelledby': 'doc-attrs-title' },
      h('h3', { class: 'doc-body-title', id: 'doc-attrs-title' }, 'Thuộc tính'),
      h('table', { class: 'meta' },
        h('caption', { class: 'visually-hidden' }, 'Thuộc tính văn bản'),
        h('tbody', null, rows.map(([k, v]) => h('tr', null, h('th', { scope: 'row' }, k), h('td', null, v))))),
      warnings.length ? h('div', { class: 'notice notice-warn', role: 'note' },
        h('h4', { class: 'notice-title' }, 'Lưu ý khi đọc tệp'),
        h('ul', null, warnings.map((w) => h('li', null, typeof w === 'string' ? w : String(w.message ?? ''))))) : null),
    h('section', { class: 'doc-section', id: 'doc-diagram', 'aria-labelledby': 'doc-diagram-title' },
      h('h3', { class: 'doc-body-title', id: 'doc-diagram-title' }, 'Lược đồ'),
      h('div', { id: 'doc-graph', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Đang vẽ lược đồ…'))),
    h('section', { class: 'doc-section', id: 'doc-related', 'aria-labelledby': 'doc-related-title' },
      h('h3', { class: 'doc-body-title', id: 'doc-related-title' }, 'Văn bản liên quan'),
      h('div', { id: 'doc-related-list' })),
    h('section', { class: 'doc-section', id: 'doc-files', 'aria-labelledby': 'doc-files-title' },
      h('h3', { class: 'doc-body-title', id: 'doc-files-title' }, 'Tải về'),
      h('p', null, h('a', { class: 'btn btn-primary', href: fileUrl, download: fileName }, `Tải tệp gốc (${d.format ? String(d.format).toUpperCase() : 'tệp'})`), ' ',
        h('button', { type: 'button', class: 'btn', onclick: () => window.print() }, 'In văn bản')),
      citation ? h('p', null, h('a', { href: searchHref({ ...readState(''), q: citation }), 'data-nav': true }, `Tìm văn bản nhắc đến ${citation}`)) : null));
  els.doc.querySelector('.doc-title')?.focus({ preventScroll: true });
  loadGraph(id, news);
}

async function loadGraph(id, news) {
  const box = document.getElementById('doc-graph');
  if (!box) return;
  const base = apiDocUrl(id);
  const part = (suffix) => getJson(`${base}/${suffix}`).catch(() => null);
  const [rel, impl] = await Promise.all([part('relations'), part('implementations')]);
  if (!box.isConnected) return;
  const status = rel?.status;
  const statusCell = document.getElementById('doc-status');
  const badge = document.getElementById('doc-validity');
  if (status && statusCell) statusCell.textContent = STATUS_LABELS[status];
  else if (statusCell) statusCell.textContent = 'Không rõ';
  if (status && badge) { badge.textContent = STATUS_LABELS[status]; badge.className = `validity validity-${status}`; badge.hidden = false; }
  const diagram = rel ? relationsDiagram(rel) : null;
  const levels = impl && !news ? levelsDiagram(impl) : null;
  box.replaceChildren(...[
    diagram ?? h('p', { class: 'muted' }, 'Chưa thấy văn bản nào liên quan đến văn bản này.'),
    levels ? h('h4', null, 'Triển khai theo cấp') : null,
    levels,
    levels && impl.missing?.length ? h('p', { class: 'small' }, `Chưa có văn bản thực hiện: ${impl.missing.join(', ')}.`) : null,
  ].filter(Boolean));
  box.setAttribute('aria-busy', 'false');
  document.getElementById('doc-related-list')?.replaceChildren(...[rel ? relationsList(rel) : h('p', { class: 'muted' }, 'Không tải được quan hệ văn bản.')].flat());
}

// ---------------------------------------------------------------- routing

let lastHref = null;

function route({ force = false } = {}) {
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
    cameFromSearch = !!prevHref && !/#\/doc\//.test(prevHref);
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
  cameFromSearch = false;

  const s = readState();
  if (force || location.search !== lastSearchKey || !els.body.firstChild) {
    runSearch(s);
  } else {
    syncForm(s);
    document.title = s.q ? `${s.q} – Directives` : 'Directives – Tra cứu văn bản của Đảng';
    if (wasDoc) {
      window.scrollTo(0, savedScroll);
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
