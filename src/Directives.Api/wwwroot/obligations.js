// The register of targets and tasks: filters in the URL, counts by status as chips, a table (cards on a phone),
// a row's evidence opened beside the row, exports.
import { apiFetch } from './apikey.js';
import { parseDayFirst } from './js/dates.js';
import { fmtDate, nodeLabel } from './js/dom.js';
const STATUSES = [
  ['met', 'Đã đạt'], ['not_met', 'Chưa đạt'], ['overdue', 'Quá hạn'],
  ['due_soon', 'Sắp đến hạn'], ['pending', 'Chưa đến hạn'], ['ongoing', 'Thường xuyên'],
];
const KEYS = ['issuer', 'organization', 'assignee', 'document', 'kind', 'due_before', 'as_of', 'status'];
const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const kid of kids.flat(Infinity)) if (kid != null && kid !== '') el.append(kid instanceof Node ? kid : String(kid));
  return el;
}

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const day = (iso) => (iso ? iso.split('-').reverse().join('/') : '');
// Comparators as the texts write them: "từ 70% trở lên", never ">=".
function goal(o) {
  if (o.kind !== 'target') return o.subject;
  const unit = (v) => `${vi.format(v)}${o.unit === '%' ? '%' : o.unit ? ' ' + o.unit : ''}`;
  const value = {
    '>': `trên ${unit(o.value)}`, '>=': `từ ${unit(o.value)} trở lên`, '<': `dưới ${unit(o.value)}`, '<=': `tối đa ${unit(o.value)}`,
    range: `từ ${vi.format(o.value)} đến ${unit(o.valueMax)}`,
  }[o.comparator] ?? unit(o.value);
  return `${o.subject}: ${value}`;
}

const DATE_KEYS = ['due_before', 'as_of'];
const docName = (d) => d.citation ? `${d.kind && d.kind !== 'Tin bài' ? d.kind + ' ' : ''}${d.citation}` : nodeLabel(d);

function state() {
  const p = new URLSearchParams(location.search);
  return { ...Object.fromEntries(KEYS.map((k) => [k, p.get(k) ?? ''])), page: Number(p.get('page') || 1) };
}

function query(s, withPage) {
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k]) p.set(k, s[k]);
  if (withPage) { p.set('page', s.page); p.set('page_size', PAGE_SIZE); }
  return p.toString();
}

function go(s) {
  history.pushState(null, '', '?' + query(s, false) + (s.page > 1 ? `&page=${s.page}` : ''));
  load();
}

async function load() {
  const s = state();
  const form = $('ob-filters');
  for (const k of KEYS) form.elements[k].value = DATE_KEYS.includes(k) ? fmtDate(s[k]) : s[k];
  const exportQuery = query(s, false);
  $('ob-xlsx').href = 'api/obligations/export.xlsx' + (exportQuery ? '?' + exportQuery : '');
  $('ob-csv').href = 'api/obligations/export.csv' + (exportQuery ? '?' + exportQuery : '');
  $('ob-summary').textContent = 'Đang tải…';
  const response = await apiFetch('api/obligations?' + query(s, true));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    $('ob-summary').textContent = `${body.title ?? 'Không tải được danh sách.'} ${body.detail ?? ''}`;
    $('ob-table').replaceChildren();
    return;
  }
  chips(s, body.counts);
  $('ob-summary').textContent = `${vi.format(body.total)} mục, tính đến ngày ${day(body.asOf)}.`;
  $('ob-detail').hidden = true;
  table(body.items);
  pages(s, body.total);
  findings(s);
}

async function findings(s) {
  const p = new URLSearchParams();
  for (const k of ['issuer', 'organization', 'document']) if (s[k]) p.set(k, s[k]);
  const response = await apiFetch('api/obligations/findings?' + p);
  const list = response.ok ? await response.json() : [];
  $('ob-findings').hidden = list.length === 0;
  $('ob-findings-list').replaceChildren(...list.map((f) => h('li', null,
    h('a', { href: `./#/doc/${encodeURIComponent(f.document.id)}` }, docName(f.document)),
    ` — ${f.message} (ghi ${vi.format(f.stated)}, tính được ${vi.format(f.computed)}).`,
    h('blockquote', { class: 'ob-quote' }, f.sentence))));
}

function chips(s, counts) {
  $('ob-chips').replaceChildren(
    h('button', { type: 'button', class: 'ob-chip' + (s.status ? '' : ' is-on'), onclick: () => go({ ...s, status: '', page: 1 }) },
      `Tất cả (${Object.values(counts).reduce((a, b) => a + b, 0)})`),
    ...STATUSES.map(([key, label]) => h('button', {
      type: 'button', class: `ob-chip ob-${key}` + (s.status === key ? ' is-on' : ''), 'aria-pressed': s.status === key ? 'true' : 'false',
      onclick: () => go({ ...s, status: s.status === key ? '' : key, page: 1 }),
    }, `${label} (${counts[key] ?? 0})`)));
}

function table(items) {
  if (!items.length) { $('ob-table').replaceChildren(h('p', { class: 'ob-empty' }, 'Không có mục nào khớp bộ lọc.')); return; }
  const heads = ['Trạng thái', 'Văn bản', 'Nội dung', 'Giao cho', 'Hạn'];
  const cell = (i, ...kids) => h('td', { 'data-label': heads[i] }, ...kids);
  $('ob-table').replaceChildren(h('table', { class: 'ob-grid' },
    h('caption', { class: 'visually-hidden' }, 'Nhiệm vụ, chỉ tiêu; chọn một dòng để xem căn cứ và kết quả'),
    h('thead', null, h('tr', null, heads.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((o) => h('tr', null,
      cell(0, h('span', { class: `ob-badge ob-${o.status}` }, o.statusLabel)),
      cell(1, o.document.inCorpus ? h('a', { href: `./#/doc/${encodeURIComponent(o.document.id)}` }, docName(o.document)) : h('strong', null, docName(o.document)),
        h('br'), h('small', null, o.document.issuer ?? '')),
      cell(2, h('span', { class: 'ob-kind' }, o.kind === 'target' ? 'Chỉ tiêu' : 'Nhiệm vụ'), ' ',
        h('button', { type: 'button', class: 'ob-open', 'aria-expanded': 'false', onclick: (e) => detail(o.id, e.currentTarget) }, goal(o))),
      cell(3, o.leads.join(', ') || 'Chưa rõ', o.supporting.length ? h('small', null, h('br'), 'Phối hợp: ', o.supporting.join(', ')) : ''),
      cell(4, o.deadline ? day(o.deadline) : (o.ongoing ? 'Thường xuyên' : 'Không nêu')))))));
}

function pages(s, total) {
  const count = Math.ceil(total / PAGE_SIZE);
  if (count <= 1) { $('ob-pages').replaceChildren(); return; }
  const button = (label, page, disabled) => h('button', { type: 'button', class: 'ob-chip', disabled: disabled || null, onclick: () => go({ ...s, page }) }, label);
  $('ob-pages').replaceChildren(button('‹ Trước', s.page - 1, s.page <= 1), h('span', { class: 'ob-page-of' }, `Trang ${s.page}/${count}`),
    button('Sau ›', s.page + 1, s.page >= count));
}

// The evidence opens right below the clicked row (a card on a phone), takes the focus, and closes back to the row.
async function detail(id, opener) {
  const s = state();
  const response = await apiFetch(`api/obligations/${encodeURIComponent(id)}` + (s.as_of ? `?as_of=${s.as_of}` : ''));
  const box = $('ob-detail');
  if (!response.ok) { box.hidden = false; box.replaceChildren(h('p', null, 'Không tải được chi tiết của mục này.')); return; }
  const o = await response.json();
  const row = opener.closest('tr');
  const holder = h('tr', { class: 'ob-detail-row' }, h('td', { colspan: 5 }, box));
  document.querySelectorAll('.ob-detail-row').forEach((r) => { if (r !== holder) r.remove(); });
  document.querySelectorAll('.ob-open[aria-expanded=true]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
  row.after(holder);
  opener.setAttribute('aria-expanded', 'true');
  const close = () => { holder.remove(); box.hidden = true; document.body.append(box); opener.setAttribute('aria-expanded', 'false'); opener.focus(); };
  const link = (d) => d.inCorpus === false ? docName(d) : h('a', { href: `./#/doc/${encodeURIComponent(d.id)}` }, docName(d));
  box.hidden = false;
  box.replaceChildren(
    h('div', { class: 'ob-detail-head' },
      h('h2', { id: 'ob-detail-title', tabindex: '-1' }, goal(o)),
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: close, 'aria-label': 'Đóng chi tiết' }, 'Đóng ×')),
    h('p', null, h('span', { class: `ob-badge ob-${o.status}` }, o.statusLabel), ' ', o.statusReason),
    h('p', null, 'Văn bản: ', link(o.document),
      [o.document.issuer, day(o.document.date)].filter(Boolean).map((x) => ` · ${x}`).join(''),
      o.statedIn ? [' · nêu trong ', link(o.statedIn)] : ''),
    h('blockquote', { class: 'ob-quote' }, o.sentence),
    h('h3', null, `Kết quả đã báo cáo (${o.links.length})`),
    o.links.length ? h('ul', { class: 'ob-links' }, o.links.map((l) => h('li', null,
      h('span', { class: 'ob-badge ' + (l.met === true ? 'ob-met' : l.met === false ? 'ob-not_met' : 'ob-pending') }, l.met === true ? 'đạt' : l.met === false ? 'chưa đạt' : 'tiến độ'),
      ' ', link(l.document), ` (${day(l.document.date)}) — ${l.reason}`,
      h('blockquote', { class: 'ob-quote' }, l.sentence)))) : h('p', null, 'Chưa có báo cáo nào liên quan.'));
  box.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); }, { once: true });
  box.querySelector('#ob-detail-title').focus();
}

$('ob-filters').addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(e.target);
  const value = (k) => (data.get(k) ?? '').toString().trim();
  go({ ...Object.fromEntries(KEYS.map((k) => [k, DATE_KEYS.includes(k) ? (parseDayFirst(value(k)) ?? '') : value(k)])), page: 1 });
});
window.addEventListener('popstate', load);
load();
