// The page's only way to the server: the JSON API of `casus serve` (/api/openapi.json).
// Every failure becomes an ApiError carrying the server's message and where it points.

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `HTTP ${status}`);
    this.status = status;
    this.where = body && body.where;
    this.diagnostics = (body && body.diagnostics) || [];
  }
}

async function call(method, path, body, contentType = 'application/json') {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  const res = await fetch(path, init);
  if (res.status === 204) return null;
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

export const api = {
  states: () => call('GET', '/api/states'),
  locations: () => call('GET', '/api/locations'),
  treaties: (at) => call('GET', at ? `/api/treaties?at=${encodeURIComponent(at)}` : '/api/treaties'),
  treaty: (id) => call('GET', `/api/treaties/${encodeURIComponent(id)}`),
  diff: (from, to) => call('GET', `/api/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
  evaluate: (scenario) => call('POST', '/api/evaluate', { scenario }),
  evaluateToml: (toml) => call('POST', '/api/evaluate', { toml }),
  saved: () => call('GET', '/api/scenarios'),
  savedOne: (id) => call('GET', `/api/scenarios/${encodeURIComponent(id)}`),
  save: (scenario) => call('POST', '/api/scenarios', { scenario }),
  upload: (tomlText) => call('POST', '/api/scenarios', tomlText, 'application/toml'),
  remove: (id) => call('DELETE', `/api/scenarios/${encodeURIComponent(id)}`),
  tomlUrl: (id) => `/api/scenarios/${encodeURIComponent(id)}/toml`,
};
