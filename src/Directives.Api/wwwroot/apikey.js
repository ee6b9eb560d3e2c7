// The API key for actions that need one (checking a draft; every read when the server closes reads).
// Asked for when the server answers 401/403, kept for this tab only (sessionStorage), sent as the X-Api-Key
// header: a header, not a cookie, so no other site can make the browser use it.
const STORAGE = 'directives.apiKey';

export function apiKey() {
  return sessionStorage.getItem(STORAGE) || '';
}

export async function apiFetch(url, options = {}) {
  const send = () => {
    const headers = new Headers(options.headers || {});
    const key = apiKey();
    if (key) headers.set('X-Api-Key', key);
    return fetch(url, { ...options, headers });
  };
  let res = await send();
  if (res.status === 401 || res.status === 403) {
    const question = res.status === 401
      ? 'Thao tác này cần khóa API (khi chạy thử trên máy này, khóa được in trong nhật ký máy chủ). Nhập khóa:'
      : 'Khóa API hiện tại không đủ quyền cho thao tác này. Nhập khóa khác:';
    const key = window.prompt(question);
    if (key && key.trim()) {
      sessionStorage.setItem(STORAGE, key.trim());
      res = await send();
    }
  }
  return res;
}
