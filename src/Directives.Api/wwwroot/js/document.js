// The document view: full text first, attributes, diagram, related documents, downloads.
import { docIdFromFile, getJson } from './ui.js';
import { readState, searchHref, isBlank, apiDocUrl } from './state.js';
import { els, syncForm, view } from './shell.js';
import { relationsDiagram, levelsDiagram, relationsList } from './diagram.js';
import { STATUS_LABELS } from './labels.js';
import { $, h, nodeLabel, fmtDate, capFirst } from './dom.js';
import { documentText } from './doctext.js';

// ---------------------------------------------------------------- document view

export const docCache = new Map();
export let docCtrl = null;

export async function showDoc(id) {
  if (!els.searchView.hidden) view.savedScroll = window.scrollY;
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
        // A 404's detail names the internal id: say it in the reader's words instead.
        h('p', null, err.status === 404 ? 'Văn bản này không có trong kho, hoặc đường dẫn đã thay đổi. Hãy tìm lại theo số hiệu hoặc trích yếu.' : (err.detail || 'Vui lòng thử lại sau.'))));
    els.doc.querySelector('h2')?.focus();
  }
}

export function backNode() {
  const s = readState();
  return h('nav', { class: 'doc-back' },
    h('a', {
      href: searchHref(s),
      onclick: (e) => {
        if (view.cameFromSearch && !e.metaKey && !e.ctrlKey && !e.shiftKey && e.button === 0) {
          e.preventDefault();
          history.back();
        }
      },
    }, isBlank(s) ? '← Về trang tìm kiếm' : '← Quay lại kết quả tìm kiếm'));
}

export function renderDoc(d, id) {
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
    d.ocr ? ['Nguồn chữ', h('span', { class: 'badge badge-ocr', title: `Trang ${(d.ocr.pages || []).join(', ')}` },
      `${d.ocr.label || 'văn bản quét – nhận dạng tự động'} (độ tin cậy ${String(d.ocr.meanConfidence).replace('.', ',')}%)`)] : null,
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

export async function loadGraph(id, news) {
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

