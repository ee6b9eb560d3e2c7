// The page's fixed elements and the few things every view shares.
import { readState, withState } from './state.js';
import { $, fmtDate } from './dom.js';
import { parseDayFirst } from './dates.js';

// ---------------------------------------------------------------- elements

export const els = {
  form: $('#search-form'),
  q: $('#q'),
  sort: $('#sort'),
  from: $('#from'),
  to: $('#to'),
  searchView: $('#search-view'),
  facets: $('#facets'),
  results: $('#results'),
  body: $('#results-body'),
  doc: $('#doc-view'),
  live: $('#live'),
  ingest: $('#ingest'),
  filtersToggle: $('#filters-toggle'),
};

export function announce(msg) {
  els.live.textContent = '';
  setTimeout(() => { els.live.textContent = msg; }, 30);
}

export function syncForm(s) {
  if (document.activeElement !== els.q || els.q.value.trim() !== s.q) els.q.value = s.q;
  els.sort.value = s.sort;
  if (document.activeElement !== els.from) els.from.value = fmtDate(s.from);
  if (document.activeElement !== els.to) els.to.value = fmtDate(s.to);
}

export function formState() {
  const cur = readState();
  return withState(cur, {
    q: els.q.value.trim(),
    sort: els.sort.value === 'date' ? 'date' : 'relevance',
    from: parseDayFirst(els.from.value) ?? '',
    to: parseDayFirst(els.to.value, true) ?? '',
  });
}


/** What the search and document views share across a navigation. */
export const view = { savedScroll: 0, cameFromSearch: false };
