// Helpers of the search page: API calls with problem details, snippets, numbers, issuer names.
import { $, h } from './dom.js';
import { apiFetch } from '../apikey.js';

export const ISSUER_NAMES = {
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

// ---------------------------------------------------------------- helpers


export function decodeEntities(s) {
  // <textarea> content is RCDATA: entities are decoded, tags are never created.
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

/** Rebuild an API snippet (escaped text + <mark>…</mark>) as safe DOM nodes. */
export function snippetNodes(snippet) {
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


export function fmtDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export const nf = new Intl.NumberFormat('vi-VN');
export const fmtNum = (n) => nf.format(n ?? 0);


export function issuerLabel(code) {
  const name = ISSUER_NAMES[code] || ISSUER_NAMES[String(code).toUpperCase()];
  return name ? `${code} – ${name}` : code;
}

export function yearRange(y) { return { from: `${y}-01-01`, to: `${y}-12-31` }; }

export function activeYear(s) {
  const m = /^(\d{4})-01-01$/.exec(s.from);
  return m && s.to === `${m[1]}-12-31` ? m[1] : null;
}

export function docIdFromFile(id) {
  return String(id).split('/').pop();
}

export class ApiError extends Error {
  constructor(title, detail, status) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

export async function getJson(url, signal) {
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

