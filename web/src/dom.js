// A small element builder: h('button', {onclick, 'aria-expanded': 'false'}, 'text', child...).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// An announcement for screen readers and a visible status line.
export function announce(text) {
  const live = document.getElementById('status');
  if (live) live.textContent = text;
}

// A link for a source that is a URL; plain text otherwise.
export function sourceLink(src) {
  if (/^https?:\/\//.test(src || '')) return h('a', { href: src, rel: 'noreferrer noopener', target: '_blank' }, src);
  return h('span', {}, src || '—');
}

export function errorBox(err, t) {
  const items = (err.diagnostics || []).map((d) =>
    h('li', {}, [d.field, d.line ? `${t('errorWhere')} ${d.line}:${d.column}` : '', d.message].filter(Boolean).join(' — ')));
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, `${t('error')}: `), err.message,
    items.length ? h('ul', {}, items) : null);
}

// root.replaceChildren with h()'s rules: arrays flattened, null and false left out.
export function fill(root, ...children) {
  root.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}
