// The full text as a reader wants it: PDF line breaks joined into paragraphs, the query's words marked, each
// citation the extraction found (offsets from the API) a link to the document it means, with a card on hover or focus.
import { h, fmtDate, capFirst, docHref } from './dom.js';
import { STATUS_LABELS } from './labels.js';

export const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * Joins lines a PDF or a copy broke inside a sentence; keeps real paragraph ends (blank line, end punctuation, new item).
 * Each paragraph keeps where its lines came from (`segs`: position in the paragraph, offset in the text, length).
 */
export function paragraphSpans(text) {
  const src = String(text ?? '');
  const out = [];
  let cur = null;
  for (let i = 0; i <= src.length;) {
    let j = i;
    while (j < src.length && src[j] !== '\n' && src[j] !== '\r') j++;
    const raw = src.slice(i, j);
    const line = raw.trim();
    const from = i + (raw.length - raw.trimStart().length);
    if (!line) { if (cur) out.push(cur); cur = null; } else {
      const startsItem = /^([-–•+*]|\d+[.)]|[a-zđ][)]|[IVXLC]+[.)]|Điều \d|Chương|Mục|Phần)\s?/u.test(line) || /^[A-ZĐÀ-Ỹ\s,]{6,}$/u.test(line);
      if (cur && !/[.:;!?…]$/.test(cur.text) && !startsItem) {
        cur.segs.push({ at: cur.text.length + 1, from, len: line.length });
        cur.text += ' ' + line;
      } else {
        if (cur) out.push(cur);
        cur = { text: line, segs: [{ at: 0, from, len: line.length }] };
      }
    }
    if (j >= src.length) break;
    i = j + (src[j] === '\r' && src[j + 1] === '\n' ? 2 : 1);
  }
  if (cur) out.push(cur);
  return out;
}

export const paragraphs = (text) => paragraphSpans(text).map((p) => p.text);

/** Where an offset of the text falls in a paragraph, or -1. */
function at(p, offset) {
  for (const s of p.segs) if (offset >= s.from && offset <= s.from + s.len) return s.at + offset - s.from;
  return -1;
}

function marked(text, words) {
  if (!words.size) return [text];
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!words.has(fold(m[0]))) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(h('mark', null, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

let cardCount = 0;
// A card is placed under its link on the screen: scrolling (also the scroll a focus causes) moves it along.
window.addEventListener('scroll', () => {
  for (const c of document.querySelectorAll('.cite-card:not([hidden])')) {
    const link = document.querySelector(`[aria-describedby="${c.id}"]`);
    if (link) placeCard(link, c); else c.hidden = true;
  }
}, { passive: true });

function placeCard(link, card) {
  card.hidden = false;
  const r = link.getBoundingClientRect();
  const width = card.offsetWidth;
  card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  card.style.top = `${r.bottom + 4}px`;
}

function citationNode(surface, m) {
  const d = m.document;
  const href = d?.inCorpus ? docHref(d.id) : `./?q=${encodeURIComponent(m.citation)}`;
  if (!d) return h('a', { class: 'cite', href, title: `Tìm văn bản ${m.citation}` }, surface);
  const id = `cite-card-${++cardCount}`;
  const status = d.status ? STATUS_LABELS[d.status] : d.inCorpus ? 'Không rõ' : 'Chưa có toàn văn trong kho';
  const card = h('span', { class: 'cite-card', id, role: 'tooltip', hidden: true },
    h('span', { class: 'cite-card-number' }, [d.kind, d.citation].filter(Boolean).join(' ') || m.citation),
    d.title ? h('span', { class: 'cite-card-title' }, capFirst(d.title)) : null,
    h('span', null, `Ngày ban hành: ${d.date ? fmtDate(d.date) : 'không rõ'}`),
    h('span', null, `Cơ quan ban hành: ${d.body || 'không rõ'}`),
    h('span', null, `Hiệu lực: ${status}`));
  const link = h('a', { class: 'cite', href, 'aria-describedby': id }, surface);
  const show = () => placeCard(link, card);
  const hide = () => { card.hidden = true; };
  link.addEventListener('mouseenter', show);
  link.addEventListener('focus', show);
  link.addEventListener('mouseleave', hide);
  link.addEventListener('blur', hide);
  link.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  return h('span', { class: 'cite-wrap' }, link, card);
}

function paragraphNodes(p, words, citations) {
  const spans = citations.map((m) => ({ m, s: at(p, m.start), e: at(p, m.end) }))
    .filter((c) => c.s >= 0 && c.e > c.s).sort((a, b) => a.s - b.s);
  const out = [];
  let last = 0;
  for (const c of spans) {
    if (c.s < last) continue;
    if (c.s > last) out.push(...marked(p.text.slice(last, c.s), words));
    out.push(citationNode(p.text.slice(c.s, c.e), c.m));
    last = c.e;
  }
  if (last < p.text.length) out.push(...marked(p.text.slice(last), words));
  return out;
}

export function documentText(d, query) {
  const paras = paragraphSpans(d.text);
  if (!paras.length) return h('p', { class: 'muted' }, 'Không trích xuất được nội dung văn bản. Vui lòng tải tệp gốc để xem.');
  const words = new Set((query ? fold(query).match(/[\p{L}\p{N}]+/gu) ?? [] : []).filter((w) => w.length > 1));
  const citations = Array.isArray(d.citations) ? d.citations : [];
  return h('div', { class: 'doc-text', lang: 'vi' }, paras.map((p) => {
    const mine = citations.filter((m) => m.start >= p.segs[0].from && m.start <= p.segs.at(-1).from + p.segs.at(-1).len);
    return h('p', null, paragraphNodes(p, words, mine));
  }));
}
