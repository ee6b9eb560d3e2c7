// The full text as a reader wants it: PDF line breaks joined into paragraphs, the query's words marked,
// each party document number a link that finds the document it names.
import { h } from './dom.js';

export const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Joins lines a PDF or a copy broke inside a sentence; keeps real paragraph ends (blank line, end punctuation, new item). */
export function paragraphs(text) {
  const lines = String(text ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const out = [];
  let cur = '';
  for (const line of lines) {
    if (!line) { if (cur) out.push(cur); cur = ''; continue; }
    const startsItem = /^([-–•+*]|\d+[.)]|[a-zđ][)]|[IVXLC]+[.)]|Điều \d|Chương|Mục|Phần)\s?/u.test(line) || /^[A-ZĐÀ-Ỹ\s,]{6,}$/u.test(line);
    if (cur && !/[.:;!?…]$/.test(cur) && !startsItem) cur += ' ' + line;
    else { if (cur) out.push(cur); cur = line; }
  }
  if (cur) out.push(cur);
  return out;
}

const CITATION = /\b\d{1,4}\s?[-–]\s?[A-ZĐ][A-Za-zĐđ]{0,5}\/[A-ZĐ][A-Za-zĐđƯư.]{0,9}\b/gu;

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

function paragraphNodes(p, words) {
  const out = [];
  let last = 0;
  for (const m of p.matchAll(CITATION)) {
    if (m.index > last) out.push(...marked(p.slice(last, m.index), words));
    const number = m[0].replace(/\s/g, '').replace('–', '-');
    out.push(h('a', { class: 'cite', href: `./?q=${encodeURIComponent(number)}`, title: `Tìm văn bản ${number}` }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < p.length) out.push(...marked(p.slice(last), words));
  return out;
}

export function documentText(d, query) {
  const paras = paragraphs(d.text);
  if (!paras.length) return h('p', { class: 'muted' }, 'Không trích xuất được nội dung văn bản. Vui lòng tải tệp gốc để xem.');
  const words = new Set((query ? fold(query).match(/[\p{L}\p{N}]+/gu) ?? [] : []).filter((w) => w.length > 1));
  return h('div', { class: 'doc-text', lang: 'vi' }, paras.map((p) => h('p', null, paragraphNodes(p, words))));
}
