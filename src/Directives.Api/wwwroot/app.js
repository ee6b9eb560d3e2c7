// Directives – giao diện tra cứu văn bản. Plain ES module, không framework, không build.

import { apiFetch } from './apikey.js';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['kind', 'issuer', 'organization', 'from', 'to'];
const FACET_LIMIT = 8;

const FACETS = [
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

const EXAMPLES = ['28-CT/TW', 'chuyen doi so', 'Nghị quyết 57', 'phòng, chống tham nhũng', 'kế hoạch thực hiện chỉ thị'];

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
    res = await apiFetch(url, { signal, headers: { Accept: 'application/json' } });
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
  for (const k of FILTER_KEYS) s[k] = (p.get(k) || '').trim();
  return s;
}

function stateParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
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
  p.set('size', String(PAGE_SIZE));
  return `api/search?${p}`;
}

const withState = (s, patch) => ({ ...s, page: 1, ...patch });
const hasFilters = (s) => FILTER_KEYS.some((k) => s[k]);
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
  els.from.value = s.from;
  els.to.value = s.to;
}

function formState() {
  const cur = readState();
  return withState(cur, {
    q: els.q.value.trim(),
    sort: els.sort.value === 'date' ? 'date' : 'relevance',
    from: els.from.value,
    to: els.to.value,
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
  if (s.kind) items.push(chip(`Loại: ${s.kind}`, { kind: '' }, s));
  if (s.issuer) items.push(chip(`Cơ quan: ${s.issuer}`, { issuer: '' }, s));
  if (s.organization) items.push(chip(`Tổ chức: ${s.organization}`, { organization: '' }, s));
  const y = activeYear(s);
  if (y) items.push(chip(`Năm ${y}`, { from: '', to: '' }, s));
  else {
    if (s.from) items.push(chip(`Từ ${fmtDate(s.from)}`, { from: '' }, s));
    if (s.to) items.push(chip(`Đến ${fmtDate(s.to)}`, { to: '' }, s));
  }
  if (!items.length) return null;
  if (items.length > 1) {
    items.push(h('li', null, h('a', {
      class: 'chip chip-clear', href: searchHref(withState(s, { kind: '', issuer: '', organization: '', from: '', to: '' })), 'data-nav': true,
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
        h('a', { href: searchHref(withState(s, { kind: '', issuer: '', organization: '', from: '', to: '' })), 'data-nav': true },
          'tìm lại không dùng bộ lọc'), '.') : null));
}

function hitNode(hit) {
  const title = capFirst(hit.title) || docIdFromFile(hit.id);
  const sub = [hit.organization, hit.date ? fmtDate(hit.date) : null].filter(Boolean);
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-tags' },
      hit.citation ? h('span', { class: 'badge' }, hit.citation) : h('span', { class: 'badge badge-muted' }, 'Chưa rõ số hiệu'),
      hit.kind ? h('span', { class: 'kind' }, hit.kind) : null),
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
  const active = key === 'year' ? activeYear(s) : s[key];
  if (active && !entries.some(([v]) => v === active)) entries.unshift([active, null]);
  return { entries, active };
}

function renderFacets(s, facets) {
  const groups = [];
  let activeCount = 0;
  for (const { key, label } of FACETS) {
    const { entries, active } = facetEntries(key, facets[key], s);
    if (active) activeCount++;
    if (!entries.length) continue;
    const expanded = expandedFacets.has(key);
    const limit = expanded ? entries.length : FACET_LIMIT;
    const shown = entries.filter(([v], i) => i < limit || v === active);
    const headId = `facet-${key}`;
    groups.push(h('section', { class: 'facet', 'aria-labelledby': headId },
      h('h2', { id: headId, class: 'facet-title' }, label),
      h('ul', { class: 'facet-list' }, shown.map(([value, count]) => {
        const on = value === active;
        let patch;
        if (key === 'year') patch = on ? { from: '', to: '' } : yearRange(value);
        else patch = { [key]: on ? '' : value };
        const text = key === 'issuer' ? issuerLabel(value) : value;
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
        err.detail ? h('p', null, err.detail) : null,
        h('p', { class: 'muted small' }, `Mã văn bản: ${id}`)));
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
  const citation = d.citation || [d.number, d.code].filter(Boolean).join('-') || null;
  const issuerText = [d.organization, d.issuer ? `(${d.issuer})` : null].filter(Boolean).join(' ');
  const dateText = [d.place, d.date ? `ngày ${fmtDate(d.date)}` : null].filter(Boolean).join(', ');

  const rows = [
    ['Số hiệu', citation ? h('span', { class: 'badge' }, citation) : '—'],
    ['Loại văn bản', d.kind || '—'],
    ['Cơ quan ban hành', issuerText || '—'],
    ['Ngày ban hành', dateText || '—'],
    ['Trích yếu', capFirst(d.title) || '—'],
    ['Định dạng', d.format ? String(d.format).toUpperCase() : '—'],
    // Scanned PDFs: say the text was recognised by machine, with Tesseract's confidence and the pages.
    ...(d.ocr ? [['Nguồn chữ', h('span', { class: 'badge badge-ocr', title: `Trang ${(d.ocr.pages || []).join(', ')}` },
      `${d.ocr.label || 'văn bản quét – nhận dạng tự động'} (độ tin cậy ${fmtNum(d.ocr.meanConfidence)}%)`)]] : []),
    ['Tệp gốc', h('a', { href: fileUrl, download: fileName }, `Tải về ${fileName}`)],
  ];

  document.title = `${citation || d.kind || 'Văn bản'} – Directives`;
  const warnings = Array.isArray(d.warnings) ? d.warnings.filter(Boolean) : [];
  const text = (d.text || '').replace(/\r\n?/g, '\n').trim();

  els.doc.replaceChildren(
    backNode(),
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' },
        d.kind ? h('span', { class: 'kind' }, d.kind) : null,
        citation ? h('span', { class: 'badge' }, citation) : null),
      h('h2', { class: 'doc-title', tabindex: '-1' }, capFirst(d.title) || fileName),
      h('p', { class: 'hit-sub' }, [d.organization, d.date ? fmtDate(d.date) : null].filter(Boolean).join(' · '))),
    h('div', { class: 'doc-layout' },
      h('aside', { class: 'doc-meta', 'aria-label': 'Thông tin văn bản' },
        h('table', { class: 'meta' },
          h('caption', { class: 'visually-hidden' }, 'Thông tin văn bản'),
          h('tbody', null, rows.map(([k, v]) => h('tr', null, h('th', { scope: 'row' }, k), h('td', null, v))))),
        h('div', { class: 'doc-actions' },
          h('a', { class: 'btn btn-primary', href: fileUrl, download: fileName }, 'Tải tệp gốc'),
          citation ? h('a', {
            class: 'btn', href: searchHref({ ...readState(''), q: citation }), 'data-nav': true,
            title: 'Tìm các văn bản nhắc đến số hiệu này (ví dụ: kế hoạch, hướng dẫn thực hiện)',
          }, `Văn bản nhắc đến ${citation}`) : null),
        warnings.length ? h('div', { class: 'notice notice-warn', role: 'note' },
          h('h3', { class: 'notice-title' }, 'Lưu ý khi đọc tệp'),
          h('ul', null, warnings.map((w) => h('li', null, typeof w === 'string' ? w : JSON.stringify(w))))) : null),
      h('section', { class: 'doc-body', 'aria-label': 'Toàn văn' },
        h('div', { class: 'doc-graph', id: 'doc-graph', 'aria-live': 'polite' }),
        h('h3', { class: 'doc-body-title' }, 'Toàn văn'),
        text ? h('div', { class: 'doc-text', lang: 'vi' }, text)
          : h('p', { class: 'muted' }, 'Không trích xuất được nội dung văn bản. Vui lòng tải tệp gốc để xem.'))));
  els.doc.querySelector('.doc-title')?.focus({ preventScroll: true });
  loadGraph(id);
}

// ---------------------------------------------------------------- citation graph of one document

const RELATION_LABELS = {
  implements: 'thực hiện', continues: 'tiếp tục thực hiện', guides: 'hướng dẫn', reviews: 'sơ kết, tổng kết',
  based_on: 'căn cứ', amends: 'sửa đổi, bổ sung', replaces: 'thay thế', repeals: 'bãi bỏ', cites: 'dẫn chiếu',
};
const STATUS_LABELS = { in_force: 'Còn hiệu lực', amended: 'Đã được sửa đổi, bổ sung', replaced: 'Đã bị thay thế', repealed: 'Đã bị bãi bỏ' };
const LEVEL_LABELS = { central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', grassroots: 'Cơ sở' };

function nodeLabel(n) {
  const name = n.citation ? `${n.kind ? n.kind + ' ' : ''}${n.citation}` : (n.name || n.title || n.id);
  return [name, n.organization, n.date ? fmtDate(n.date) : null].filter(Boolean).join(' · ');
}

function nodeLink(n) {
  return n.type === 'document' ? h('a', { href: docHref(n.id) }, nodeLabel(n))
    : h('span', { class: 'muted', title: n.reason || 'Chưa có trong kho văn bản' }, nodeLabel(n) + ' (chưa có trong kho)');
}

function evidenceNode(assertions) {
  if (!assertions?.length) return null;
  return h('details', { class: 'evidence' },
    h('summary', null, `Căn cứ: ${assertions.length} câu trích`),
    h('ul', null, assertions.map((a) => h('li', null, h('q', null, a.evidence), ' — ',
      h('a', { href: docHref(a.document) }, docIdFromFile(a.document))))));
}

function edgeList(title, edges) {
  if (!edges?.length) return null;
  const shown = edges.filter((e) => e.type !== 'cites').concat(edges.filter((e) => e.type === 'cites'));
  return h('section', { class: 'graph-part' }, h('h4', null, title),
    h('ul', { class: 'edges' }, shown.map((e) => h('li', null,
      h('span', { class: `rel rel-${e.type}` }, RELATION_LABELS[e.type] || e.type), ' ', nodeLink(e.node), evidenceNode(e.assertions)))));
}

function treeNode(item) {
  return h('li', null, h('span', { class: `rel rel-${item.relation}` }, RELATION_LABELS[item.relation] || item.relation), ' ',
    nodeLink(item.node), evidenceNode(item.assertions),
    item.children?.length ? h('ul', { class: 'tree' }, item.children.map(treeNode)) : null);
}

async function loadGraph(id) {
  const box = document.getElementById('doc-graph');
  if (!box) return;
  const base = apiDocUrl(id);
  const part = (suffix) => getJson(`${base}/${suffix}`).catch(() => null);
  const [status, impl, refs, citedBy] = await Promise.all([part('status'), part('implementations'), part('references'), part('cited-by')]);
  if (!box.isConnected) return;
  const statusNode = status ? h('p', { class: `status status-${status.status}` },
    h('strong', null, STATUS_LABELS[status.status] || status.status),
    status.by?.length ? [' bởi ', status.by.map((b, i) => [i ? ', ' : '', nodeLink(b.node)])] : null) : null;
  const treePart = impl?.tree?.length ? h('section', { class: 'graph-part' },
    h('h4', null, 'Văn bản thực hiện, hướng dẫn, tiếp tục'),
    h('ul', { class: 'tree' }, impl.tree.map(treeNode)),
    impl.missing?.length ? h('p', { class: 'muted small' }, `Chưa có văn bản thực hiện: ${impl.missing.join(', ')}`) : null) : null;
  box.replaceChildren(h('h3', { class: 'doc-body-title' }, 'Quan hệ văn bản'), statusNode, treePart,
    edgeList('Văn bản này dẫn chiếu', refs), edgeList('Được dẫn chiếu bởi', citedBy));
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

for (const el of [els.sort, els.from, els.to]) {
  el.addEventListener('change', () => {
    if (el !== els.sort && el.value && !/^\d{4}-\d{2}-\d{2}$/.test(el.value)) return;
    navigate(searchHref(formState()));
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
