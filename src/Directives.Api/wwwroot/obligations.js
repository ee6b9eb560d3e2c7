// The register of targets and tasks: filters in the URL, counts by status as chips, a table, a row's evidence, exports.
import { apiFetch } from './apikey.js';

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
const comparator = { '>': 'trên ', '>=': 'từ ', '<': 'dưới ', '<=': 'tối đa ', '=': '', range: 'từ ' };

function goal(o) {
  if (o.kind !== 'target') return o.subject;
  const value = o.comparator === 'range' ? `${vi.format(o.value)}–${vi.format(o.valueMax)}` : vi.format(o.value);
  return `${comparator[o.comparator] ?? ''}${value}${o.unit === '%' ? '%' : ' ' + (o.unit ?? '')} ${o.subject}`;
}

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
  for (const k of KEYS) form.elements[k].value = s[k];
  const exportQuery = query(s, false);
  $('ob-xlsx').href = 'api/obligations/export.xlsx' + (exportQuery ? '?' + exportQuery : '');
  $('ob-csv').href = 'api/obligations/export.csv' + (exportQuery ? '?' + exportQuery : '');
  $('ob-summary').textContent = 'Đang tải…';
  const response = await apiFetch('api/obligations?' + query(s, true));
  const body = await response.json();
  if (!response.ok) {
    const errors = Object.values(body.errors ?? {}).flat().join(' ');
    $('ob-summary').textContent = `${body.title ?? 'Lỗi'} ${errors}`;
    $('ob-table').replaceChildren();
    return;
  }
  chips(s, body.counts);
  $('ob-summary').textContent = `${body.total} mục, tính đến ngày ${day(body.asOf)}.`;
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
    h('a', { href: `./#/doc/${encodeURIComponent(f.document.id)}` }, f.document.citation ?? f.document.title ?? f.document.id),
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
  $('ob-table').replaceChildren(h('table', { class: 'ob-grid' },
    h('thead', null, h('tr', null, ['Trạng thái', 'Văn bản', 'Nội dung', 'Giao cho', 'Hạn'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((o) => h('tr', { tabindex: 0, onclick: () => detail(o.id), onkeydown: (e) => { if (e.key === 'Enter') detail(o.id); } },
      h('td', null, h('span', { class: `ob-badge ob-${o.status}` }, o.statusLabel)),
      h('td', null, h('strong', null, o.document.citation ?? o.document.title ?? o.document.id), h('br'), h('small', null, o.document.issuer ?? '')),
      h('td', null, h('span', { class: 'ob-kind' }, o.kind === 'target' ? 'Chỉ tiêu' : 'Nhiệm vụ'), ' ', goal(o)),
      h('td', null, o.leads.join(', '), o.supporting.length ? h('small', null, h('br'), 'Phối hợp: ', o.supporting.join(', ')) : ''),
      h('td', null, o.deadline ?? (o.ongoing ? 'Thường xuyên' : '—')))))));
}

function pages(s, total) {
  const count = Math.ceil(total / PAGE_SIZE);
  $('ob-pages').replaceChildren(...(count <= 1 ? [] : Array.from({ length: count }, (_, i) =>
    h('button', { type: 'button', class: 'ob-chip' + (i + 1 === s.page ? ' is-on' : ''), onclick: () => go({ ...s, page: i + 1 }) }, String(i + 1)))));
}

async function detail(id) {
  const s = state();
  const response = await apiFetch(`api/obligations/${encodeURIComponent(id)}` + (s.as_of ? `?as_of=${s.as_of}` : ''));
  const o = await response.json();
  const box = $('ob-detail');
  box.hidden = false;
  box.replaceChildren(
    h('h2', null, goal(o)),
    h('p', null, h('span', { class: `ob-badge ob-${o.status}` }, o.statusLabel), ' ', o.statusReason),
    h('p', null, 'Văn bản: ', o.document.inCorpus ? h('a', { href: `./#/doc/${encodeURIComponent(o.document.id)}` }, o.document.citation ?? o.document.id) : (o.document.citation ?? o.document.id),
      ` · ${o.document.issuer ?? ''} · ${day(o.document.date)}`,
      o.statedIn ? [' · nêu trong ', h('a', { href: `./#/doc/${encodeURIComponent(o.statedIn.id)}` }, o.statedIn.citation ?? o.statedIn.title ?? o.statedIn.id)] : ''),
    h('blockquote', { class: 'ob-quote' }, o.sentence),
    h('h3', null, `Bằng chứng (${o.links.length})`),
    o.links.length ? h('ul', { class: 'ob-links' }, o.links.map((l) => h('li', null,
      h('span', { class: 'ob-badge ' + (l.met === true ? 'ob-met' : l.met === false ? 'ob-not_met' : 'ob-pending') }, l.met === true ? 'đạt' : l.met === false ? 'chưa đạt' : 'tiến độ'),
      ' ', h('a', { href: `./#/doc/${encodeURIComponent(l.document.id)}` }, l.document.citation ?? l.document.title ?? l.document.id),
      ` (${day(l.document.date)}, ${l.via}) — ${l.reason}`,
      h('blockquote', { class: 'ob-quote' }, l.sentence)))) : h('p', null, 'Chưa có báo cáo nào liên quan.'));
  box.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

$('ob-filters').addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(e.target);
  go({ ...Object.fromEntries(KEYS.map((k) => [k, (data.get(k) ?? '').toString().trim()])), page: 1 });
});
window.addEventListener('popstate', load);
load();
