// The search view: results with validity, facets (several values each), paging, recovery hints.
import { snippetNodes, fmtNum, issuerLabel, yearRange, activeYear, docIdFromFile, getJson } from './ui.js';
import { PAGE_SIZE, MULTI_KEYS, readState, searchHref, apiSearchUrl, withState, hasFilters, NO_FILTERS, toggled, isBlank } from './state.js';
import { els, announce, syncForm } from './shell.js';
import { route } from '../app.js';
import { STATUS_LABELS, LEVEL_LABELS } from './labels.js';
import { $, h, fmtDate, capFirst, docHref } from './dom.js';

export const FACET_LIMIT = 8;

export const FACETS = [
  { key: 'status', label: 'Hiệu lực' },
  { key: 'level', label: 'Cấp ban hành' },
  { key: 'kind', label: 'Loại văn bản' },
  { key: 'issuer', label: 'Cơ quan ban hành' },
  { key: 'organization', label: 'Tổ chức' },
  { key: 'year', label: 'Năm' },
];

export const EXAMPLES = ['28-CT/TW', 'ket nap dang vien', 'Nghị quyết 21', 'tinh gian bien che', 'kế hoạch thực hiện chỉ thị'];

// ---------------------------------------------------------------- search

export let searchCtrl = null;
export let lastSearchKey = null;
export let lastData = null;

export async function runSearch(s) {
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

export function loadingNode() {
  return h('div', { class: 'skeleton', role: 'status' },
    h('span', { class: 'visually-hidden' }, 'Đang tải kết quả…'),
    [1, 2, 3, 4].map(() => h('div', { class: 'sk-hit' },
      h('div', { class: 'sk-line sk-short' }), h('div', { class: 'sk-line' }), h('div', { class: 'sk-line sk-mid' }))));
}

export function renderError(err) {
  els.body.replaceChildren(
    h('div', { class: 'notice notice-error', role: 'alert' },
      h('h2', { id: 'results-summary', class: 'notice-title' }, err.title || 'Đã xảy ra lỗi'),
      err.detail ? h('p', null, err.detail) : null,
      err.status ? h('p', { class: 'muted small' }, `Mã lỗi: ${err.status}`) : null,
      h('p', null, h('button', { type: 'button', class: 'btn', onclick: () => route({ force: true }) }, 'Thử lại'))));
  announce(err.title || 'Đã xảy ra lỗi');
}

export function chip(label, patch, s) {
  return h('li', null,
    h('a', { class: 'chip', href: searchHref(withState(s, patch)), 'data-nav': true, 'aria-label': `Bỏ lọc ${label}` },
      h('span', null, label), h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×')));
}

export function activeChips(s) {
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

export function renderResults(s, data) {
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
    if (data.validityPending && hits.length > 0) {
      frag.push(h('p', { class: 'muted small validity-pending', role: 'status' },
        'Đang dựng đồ thị trích dẫn sau khi khởi động: hiệu lực của văn bản (còn hiệu lực, bị thay thế…) sẽ hiện ở lần tìm sau.'));
    }

    if (total === 0 || hits.length === 0) {
      frag.push(noResultsNode(s, total, page, data.suggestion));
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

export function welcomeNode() {
  return h('section', { class: 'welcome' },
    h('h2', { id: blankSummaryId() }, 'Tra cứu nghị quyết, chỉ thị, kế hoạch, hướng dẫn…'),
    h('p', null, 'Nhập số hiệu, trích yếu hoặc một đoạn nội dung. Có thể gõ tiếng Việt không dấu; dùng bộ lọc bên trái để thu hẹp theo loại văn bản, cơ quan ban hành, tổ chức hoặc năm.'),
    h('p', { class: 'examples' }, h('span', { class: 'muted' }, 'Ví dụ: '),
      EXAMPLES.map((ex) => h('a', { class: 'example', href: searchHref({ ...readState(''), q: ex }), 'data-nav': true }, ex))));
}

export function blankSummaryId() { return 'welcome-title'; }

export function noResultsNode(s, total, page, suggestion) {
  if (total > 0 && page > 1) {
    return h('div', { class: 'notice' },
      h('p', null, 'Trang này không có kết quả.'),
      h('p', null, h('a', { href: searchHref({ ...s, page: 1 }), 'data-nav': true }, 'Về trang đầu')));
  }
  return h('div', { class: 'notice empty' },
    h('h3', { class: 'notice-title' }, 'Không tìm thấy văn bản phù hợp'),
    suggestion ? h('p', { class: 'did-you-mean' }, 'Có phải bạn muốn tìm: ',
      h('a', { href: searchHref(withState(s, { q: suggestion })), 'data-nav': true }, suggestion), '?') : null,
    h('ul', null,
      h('li', null, 'Kiểm tra lại chính tả hoặc số hiệu (ví dụ: 28-CT/TW).'),
      h('li', null, 'Thử từ khóa ngắn hơn, hoặc gõ không dấu.'),
      hasFilters(s) ? h('li', null, 'Bỏ bớt bộ lọc – ',
        h('a', { href: searchHref(withState(s, NO_FILTERS)), 'data-nav': true },
          'tìm lại không dùng bộ lọc'), '.') : null));
}

export function hitNode(hit) {
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

export function pageList(cur, last) {
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

export function paginationNode(s, page, pages) {
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

export const expandedFacets = new Set();

export function facetEntries(key, values, s) {
  let entries = Object.entries(values || {});
  if (key === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
  else entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  if (key === 'status') entries = Object.keys(STATUS_LABELS).map((v) => [v, null]);
  if (key === 'level') entries = Object.keys(LEVEL_LABELS).map((v) => [v, null]);
  const active = key === 'year' ? [activeYear(s)].filter(Boolean) : s[key];
  for (const a of active) if (!entries.some(([v]) => v === a)) entries.unshift([a, null]);
  return { entries, active };
}

export function facetText(key, value) {
  if (key === 'issuer') return issuerLabel(value);
  if (key === 'status') return STATUS_LABELS[value] ?? value;
  if (key === 'level') return LEVEL_LABELS[value] ?? value;
  return value;
}

export function renderFacets(s, facets) {
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

