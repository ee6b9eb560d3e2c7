// Small DOM and formatting helpers shared by every page. CSP-clean: no inline handlers, no innerHTML of data.

export const $ = (sel, root = document) => root.querySelector(sel);

export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid == null || kid === false || kid === '') continue;
    el.append(kid instanceof Node ? kid : String(kid));
  }
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v != null) el.setAttribute(k, String(v));
  for (const kid of kids.flat(Infinity)) if (kid != null && kid !== '') el.append(kid instanceof Node ? kid : String(kid));
  return el;
}

export function fmtDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso);
}

export function capFirst(t) { return t ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : t; }

export const docHref = (id) => `#/doc/${encodeURIComponent(id)}`;

/** A node of the graph as a reader names it: "Kế hoạch 121-KH/TU · Tỉnh ủy Trà Vinh · 08/04/2019". */
export function nodeName(n) {
  if (!n) return 'Văn bản';
  if (n.citation) return `${n.kind && n.kind !== 'Tin bài' ? n.kind + ' ' : ''}${n.citation}`;
  if (n.name) return capFirst(n.name);
  if (n.kind === 'Tin bài') return `Tin bài: ${capFirst(n.title) || 'không có tiêu đề'}`;
  return capFirst(n.title) || n.kind || 'Văn bản';
}

export function nodeLabel(n) {
  return [nodeName(n), n?.organization, n?.date ? fmtDate(n.date) : null].filter(Boolean).join(' · ');
}

/** Runs fn once the input has settled (no keystroke for `ms`). */
export function debounce(fn, ms = 350) {
  let t = null;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}
