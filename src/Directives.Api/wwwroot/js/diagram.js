// Lược đồ: the document in the middle, each relation group in its own box around it (vbpl-style), drawn as SVG;
// and the implementation across levels (TW → tỉnh → huyện → cơ sở) as a layered SVG. Hand-drawn: no library, no build.
import { h, s, docHref, nodeName, nodeLabel, fmtDate } from './dom.js';
import { relationLabel, STATUS_LABELS, LEVEL_LABELS, LEVEL_ORDER } from './labels.js';

const W = 960;
const COL = 330;
const LINE = 22;
const SHOWN = 6;

const cut = (t, n) => (t.length > n ? t.slice(0, n - 1) + '…' : t);

/** Where a related node's link goes: its page, or a search for a document only cited. */
export function relatedHref(n) {
  if (n.type === 'document') return docHref(n.id);
  const q = n.citation || n.name || n.title || '';
  return `./?q=${encodeURIComponent(q)}`;
}

function groupBox(g, x, y) {
  const items = g.documents.slice(0, SHOWN);
  const more = g.documents.length - items.length;
  const height = 30 + LINE * (items.length + (more > 0 ? 1 : 0)) + 6;
  const title = relationLabel(g.type, g.direction);
  const box = s('g', { class: `dg-group dg-${g.type} dg-${g.direction}` },
    s('rect', { x, y, width: COL, height, rx: 6 }),
    s('text', { x: x + 10, y: y + 20, class: 'dg-group-title' }, `${title} (${g.documents.length})`),
    items.map((r, i) => s('a', { href: relatedHref(r.node), class: 'dg-link' },
      s('title', null, nodeLabel(r.node) + (r.node.title ? ' — ' + r.node.title : '')),
      s('text', { x: x + 12, y: y + 30 + LINE * (i + 1) - 6 }, cut(nodeLabel(r.node), 38)))),
    more > 0 ? s('text', { x: x + 12, y: y + 30 + LINE * (items.length + 1) - 6, class: 'dg-more' }, `và ${more} văn bản khác`) : null);
  return { box, height };
}

/** The relations diagram of one document; null when it has no relation. */
export function relationsDiagram(rel) {
  if (!rel.groups.length) return null;
  const left = rel.groups.filter((g) => g.direction === 'out');
  const right = rel.groups.filter((g) => g.direction === 'in');
  const placed = [];
  const stack = (groups, x) => {
    let y = 10;
    for (const g of groups) {
      const { box, height } = groupBox(g, x, y);
      placed.push({ box, x, y, height, side: x < W / 2 ? 'left' : 'right' });
      y += height + 16;
    }
    return y;
  };
  const height = Math.max(stack(left, 10), stack(right, W - COL - 10), 150);
  const cw = 230, ch = 112, cx = (W - cw) / 2, cy = (height - ch) / 2;
  const d = rel.document;
  const lines = placed.map((p) => {
    const fromX = p.side === 'left' ? cx : cx + cw;
    const toX = p.side === 'left' ? p.x + COL : p.x;
    const toY = p.y + Math.min(p.height / 2, 40);
    return s('path', { class: 'dg-edge', d: `M${fromX},${cy + ch / 2} C${(fromX + toX) / 2},${cy + ch / 2} ${(fromX + toX) / 2},${toY} ${toX},${toY}` });
  });
  const status = rel.status ? STATUS_LABELS[rel.status] : null;
  const center = s('g', { class: 'dg-center' },
    s('rect', { x: cx, y: cy, width: cw, height: ch, rx: 8 }),
    s('text', { x: cx + cw / 2, y: cy + 28, 'text-anchor': 'middle', class: 'dg-center-title' }, cut(nodeName(d), 30)),
    s('text', { x: cx + cw / 2, y: cy + 50, 'text-anchor': 'middle' }, cut(d.organization || '', 32)),
    s('text', { x: cx + cw / 2, y: cy + 70, 'text-anchor': 'middle' }, d.date ? fmtDate(d.date) : ''),
    status ? s('text', { x: cx + cw / 2, y: cy + 94, 'text-anchor': 'middle', class: `dg-status dg-status-${rel.status}` }, status) : null);
  return s('svg', {
    class: 'diagram', viewBox: `0 0 ${W} ${height}`, role: 'group',
    'aria-label': `Lược đồ quan hệ của ${nodeName(d)}: ${rel.groups.map((g) => `${relationLabel(g.type, g.direction)} ${g.documents.length} văn bản`).join('; ')}`,
  }, lines, placed.map((p) => p.box), center);
}

/** The implementation across levels, with the organisations that have no implementing document yet. */
export function levelsDiagram(impl) {
  const levels = impl.levels ?? [];
  if (!levels.length && !(impl.missing ?? []).length) return null;
  const rows = [];
  const rootLevel = impl.root.level;
  rows.push({ level: rootLevel, boxes: [{ title: nodeName(impl.root), docs: [], root: true }] });
  for (const level of LEVEL_ORDER) {
    const group = levels.find((l) => l.level === level);
    const boxes = (group?.organizations ?? []).map((o) => ({ title: o.organization, docs: o.documents }));
    if (level === nextLevel(rootLevel)) for (const m of impl.missing ?? []) boxes.push({ title: m, docs: [], missing: true });
    if (boxes.length) rows.push({ level, boxes });
  }
  const bw = 176, gap = 12, perLine = 5, bh = 84, label = 110;
  let y = 10;
  const parts = [];
  rows.forEach((row, ri) => {
    const linesOf = Math.ceil(row.boxes.length / perLine);
    const bandH = linesOf * (bh + gap) + gap;
    parts.push(s('rect', { x: 0, y, width: W, height: bandH, class: 'lv-band' }),
      s('text', { x: 10, y: y + 24, class: 'lv-label' }, LEVEL_LABELS[row.level] ?? ''));
    row.boxes.forEach((b, i) => {
      const bx = label + (i % perLine) * (bw + gap), by = y + gap + Math.floor(i / perLine) * (bh + gap);
      const first = b.docs[0];
      const body = [
        s('rect', { x: bx, y: by, width: bw, height: bh, rx: 6, class: b.missing ? 'lv-missing' : b.root ? 'lv-root' : 'lv-box' }),
        s('text', { x: bx + 8, y: by + 20, class: 'lv-org' }, cut(b.title, 21)),
        b.missing ? s('text', { x: bx + 8, y: by + 44, class: 'lv-note' }, 'Chưa có văn bản') : null,
        b.missing ? s('text', { x: bx + 8, y: by + 62, class: 'lv-note' }, 'thực hiện') : null,
        b.docs.slice(0, 2).map((d, k) => s('text', { x: bx + 8, y: by + 44 + k * 18 }, cut(nodeName(d), 21))),
        b.docs.length > 2 ? s('text', { x: bx + 8, y: by + 78, class: 'dg-more' }, `và ${b.docs.length - 2} văn bản khác`) : null,
      ];
      parts.push(first && b.docs.length === 1
        ? s('a', { href: relatedHref(first), class: 'dg-link' }, s('title', null, nodeLabel(first)), body)
        : s('g', null, b.docs.length ? s('title', null, b.docs.map(nodeLabel).join('\n')) : null, body));
    });
    if (ri > 0) parts.push(s('path', { class: 'lv-arrow', d: `M${W / 2},${y - 10} L${W / 2},${y}` }));
    y += bandH + 14;
  });
  return s('svg', {
    class: 'diagram levels', viewBox: `0 0 ${W} ${y}`, role: 'group',
    'aria-label': `Triển khai theo cấp: ${rows.map((r) => `${LEVEL_LABELS[r.level] ?? ''} ${r.boxes.length}`).join(', ')}`
      + ((impl.missing ?? []).length ? `; chưa có văn bản thực hiện: ${impl.missing.join(', ')}` : ''),
  }, parts);
}

function nextLevel(level) {
  const i = LEVEL_ORDER.indexOf(level);
  return i >= 0 ? LEVEL_ORDER[i + 1] : null;
}

/** The same relations as a list, with each piece of evidence: who asserted it (number, title) and the sentence. */
export function relationsList(rel) {
  if (!rel.groups.length) return h('p', { class: 'muted' }, 'Chưa thấy văn bản nào liên quan.');
  return rel.groups.map((g) => h('section', { class: `graph-part rel-group rel-${g.type}` },
    h('h4', null, `${relationLabel(g.type, g.direction)} (${g.documents.length})`),
    h('ul', { class: 'edges' }, g.documents.map((r) => h('li', null,
      h('a', { href: relatedHref(r.node) }, nodeLabel(r.node)),
      r.node.type !== 'document' ? h('span', { class: 'muted small' }, ' (chưa có trong kho)') : null,
      r.node.title ? h('div', { class: 'small muted' }, r.node.title) : null,
      r.evidence.length ? h('details', { class: 'evidence' },
        h('summary', null, `Câu trích làm chứng (${r.evidence.length})`),
        h('ul', null, r.evidence.map((e) => h('li', null,
          e.assertedBy ? h('a', { href: docHref(e.assertedBy.id) }, nodeLabel(e.assertedBy)) : 'Văn bản khác',
          e.assertedBy?.title ? h('span', { class: 'muted' }, ` — ${e.assertedBy.title}`) : null,
          h('blockquote', null, e.sentence))))) : null)))));
}
