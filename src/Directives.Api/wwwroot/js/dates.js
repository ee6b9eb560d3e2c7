// Dates are typed day first (dd/mm/yyyy) whatever the browser's language; the API gets ISO dates.

/** "8/4/2019", "08-04-2019", "08.04.2019", "2019" (whole year: from 1 Jan) → "2019-04-08"; null when not a date. */
export function parseDayFirst(text, endOfYear = false) {
  const t = String(text ?? '').trim();
  if (!t) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  if (/^\d{4}$/.test(t)) return endOfYear ? `${t}-12-31` : `${t}-01-01`;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
