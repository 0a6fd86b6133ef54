// Before any evaluation: the world coloured by alliance membership on a chosen date.
import { api } from './api.js';
import { h, fill, errorBox } from './dom.js';
import { t, stateName } from './i18n.js';
import { worldMap } from './worldmap.js';

export async function mapView(root, params) {
  const date = params.get('at') || new Date().toISOString().slice(0, 10);
  const chosen = params.get('alliance') || '';
  let treaties;
  try {
    treaties = await api.treaties(date);
  } catch (e) {
    fill(root, errorBox(e, t));
    return;
  }
  const count = new Map();
  for (const tr of treaties) for (const m of tr.members) count.set(m.state, (count.get(m.state) || 0) + 1);
  const selected = treaties.find((x) => x.id === chosen);
  const members = new Set(selected ? selected.members.map((m) => m.state) : []);
  const colourOf = (id) => {
    if (selected) return members.has(id) ? 'member' : null;
    const n = count.get(id) || 0;
    return n ? `count-${Math.min(n, 4)}` : null;
  };
  const labelOf = (id) => (selected ? (members.has(id) ? selected.short_name : t('mapNone')) : `${count.get(id) || 0} ${t('mapLegendCount')}`);
  const go = (at, alliance) => { location.hash = `#/map?at=${at}${alliance ? `&alliance=${alliance}` : ''}`; };
  const dateInput = h('input', { id: 'map-date', type: 'text', inputmode: 'numeric', value: date, pattern: '\\d{4}-\\d{2}-\\d{2}', size: 10 });
  const select = h('select', { id: 'map-alliance' },
    h('option', { value: '' }, t('mapAll')),
    treaties.map((x) => h('option', { value: x.id, selected: x.id === chosen }, `${x.short_name} (${x.members.length})`)));
  const form = h('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); go(dateInput.value, select.value); } },
    h('label', { for: 'map-date' }, t('date')), dateInput,
    h('label', { for: 'map-alliance' }, t('mapAlliance')), select,
    h('button', { type: 'submit' }, 'OK'));
  select.addEventListener('change', () => go(dateInput.value, select.value));
  const legend = h('ul', { class: 'legend' },
    selected ? [h('li', {}, h('span', { class: 'swatch member' }), `${selected.short_name}: ${selected.members.map((m) => stateName(m.state)).join(', ')}`)]
      : [1, 2, 3, 4].map((n) => h('li', {}, h('span', { class: `swatch count-${n}` }), `${n}${n === 4 ? '+' : ''} ${t('mapLegendCount')}`)));
  fill(root, h('h1', {}, t('mapTitle')), form, worldMap({ colourOf, labelOf, title: t('mapTitle') }), legend,
    h('h2', {}, t('networkTreaties')),
    h('ul', { class: 'treaty-list' }, treaties.map((x) => h('li', {}, h('a', { href: `#/treaty/${x.id}` }, x.short_name), ` — ${x.members.map((m) => stateName(m.state)).join(', ')}`))));
}
