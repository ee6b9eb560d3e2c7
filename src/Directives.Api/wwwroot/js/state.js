// The search page's state lives in the URL: read it, write it, build links and API URLs from it.
import { route } from '../app.js';
import { $ } from './dom.js';

export const PAGE_SIZE = 20;
// Filters that take several values (one request parameter each); dates take one.
export const MULTI_KEYS = ['kind', 'issuer', 'organization', 'status', 'level'];
export const FILTER_KEYS = [...MULTI_KEYS, 'from', 'to'];

// ---------------------------------------------------------------- state / URL

export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const s = {
    q: (p.get('q') || '').trim(),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
  };
  for (const k of MULTI_KEYS) s[k] = p.getAll(k).map((v) => v.trim()).filter(Boolean);
  s.from = (p.get('from') || '').trim();
  s.to = (p.get('to') || '').trim();
  return s;
}

export function stateParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of MULTI_KEYS) for (const v of s[k] ?? []) p.append(k, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort === 'date') p.set('sort', 'date');
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function searchHref(s) {
  const qs = stateParams(s).toString();
  return location.pathname + (qs ? `?${qs}` : '');
}

export function apiSearchUrl(s) {
  const p = stateParams(s);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('page_size', String(PAGE_SIZE));
  return `api/search?${p}`;
}

export const withState = (s, patch) => ({ ...s, page: 1, ...patch });
export const hasFilters = (s) => FILTER_KEYS.some((k) => (Array.isArray(s[k]) ? s[k].length : s[k]));
export const NO_FILTERS = { kind: [], issuer: [], organization: [], status: [], level: [], from: '', to: '' };
export const toggled = (list, value) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
export const isBlank = (s) => !s.q && !hasFilters(s);

export function apiDocUrl(id) { return `api/documents/${encodeURIComponent(id)}`; }

export function navigate(href, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', href);
  route({ force: true });
}

