// The scenario builder: attackers, target, place, date, legal basis, readings, policy; the result per
// state (side, round, the article that brought it in) with each state's trace one click away; the
// map coloured by side; saving, opening, downloading and uploading scenarios.
import { api } from './api.js';
import { h, fill, announce, errorBox, sourceLink } from './dom.js';
import { t, stateName, allStates, allLocations, eventKind } from './i18n.js';
import { EVENT_KINDS, READINGS, DEFAULT_READINGS, POLICIES, LEGAL_BASES, SCENARIO_SUPPORTS, scenarioFields, formFromFields,
  reportView, standingAside, traceOf } from './evaluation.js';
import { worldMap } from './worldmap.js';

// Kept across renders (a language switch re-renders the view with the same form and result).
const state = {
  form: { title: '', date: '2025-06-01', kind: 'armed-attack', attackers: [], target: '', place: '', legalBasis: '',
    readings: DEFAULT_READINGS.slice(), policies: ['all'], extraEvents: 0 },
  view: null, evalIndex: 0, open: new Set(), error: null, savedId: null, filter: '',
};

const byName = (a, b) => stateName(a.id).localeCompare(stateName(b.id));

function field(id, label, control, note) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, note ? h('small', { id: `${id}-note` }, note) : null);
}

function builder(rerender) {
  const f = state.form;
  const states = allStates().slice().sort(byName);
  const title = h('input', { id: 'sc-title', type: 'text', value: f.title, oninput: (e) => { f.title = e.target.value; } });
  const date = h('input', { id: 'sc-date', type: 'text', inputmode: 'numeric', value: f.date, size: 10,
    pattern: '\\d{4}-\\d{2}-\\d{2}', oninput: (e) => { f.date = e.target.value; } });
  const kind = h('select', { id: 'sc-kind', onchange: (e) => { f.kind = e.target.value; } },
    EVENT_KINDS.map((k) => h('option', { value: k, selected: k === f.kind }, eventKind(k))));
  const list = h('div', { class: 'checklist', id: 'sc-attackers', role: 'group', 'aria-labelledby': 'sc-attackers-label' });
  const fill = () => {
    const q = state.filter.toLowerCase();
    list.replaceChildren(...states.filter((s) => !q || stateName(s.id).toLowerCase().includes(q) || s.id.toLowerCase().includes(q) ||
      f.attackers.includes(s.id)).map((s) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'attacker', id: `att-${s.id}`, value: s.id,
        checked: f.attackers.includes(s.id),
        onchange: (e) => {
          if (e.target.checked) { if (!f.attackers.includes(s.id)) f.attackers.push(s.id); }
          else f.attackers = f.attackers.filter((x) => x !== s.id);
        } }), ` ${stateName(s.id)} (${s.id})`)));
  };
  fill();
  const filter = h('input', { id: 'sc-filter', type: 'search', value: state.filter, 'aria-controls': 'sc-attackers',
    oninput: (e) => { state.filter = e.target.value; fill(); } });
  const target = h('select', { id: 'sc-target', onchange: (e) => { f.target = e.target.value; } },
    h('option', { value: '' }, '—'), states.map((s) => h('option', { value: s.id, selected: s.id === f.target }, `${stateName(s.id)} (${s.id})`)));
  const places = allLocations().filter((l) => !l.is_state).sort((a, b) => stateName(a.id).localeCompare(stateName(b.id)));
  const place = h('select', { id: 'sc-place', onchange: (e) => { f.place = e.target.value; } },
    h('option', { value: '' }, t('scPlaceDefault')),
    places.map((l) => h('option', { value: l.id, selected: l.id === f.place }, `${stateName(l.id)} (${l.id})`)));
  const legal = h('select', { id: 'sc-legal', disabled: !SCENARIO_SUPPORTS.legalBasis, 'aria-describedby': 'sc-legal-note',
    onchange: (e) => { f.legalBasis = e.target.value; } }, h('option', { value: '' }, '—'), LEGAL_BASES.map((b) => h('option', { value: b, selected: b === f.legalBasis }, t(`basis_${b}`))));
  const checks = (name, values, chosen, label) => h('fieldset', {}, h('legend', {}, label),
    values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', id: `${name}-${v}`, value: v, checked: chosen.includes(v),
      onchange: (e) => {
        const arr = name === 'read' ? f.readings : f.policies;
        if (e.target.checked && !arr.includes(v)) arr.push(v);
        if (!e.target.checked) arr.splice(arr.indexOf(v), 1);
      } }), ` ${t(`${name === 'read' ? 'reading' : 'policy'}_${v}`)}`)));
  const form = h('form', { id: 'scenario-form', class: 'builder', onsubmit: (e) => { e.preventDefault(); evaluate(rerender); } },
    field('sc-title', t('scTitle'), title),
    field('sc-date', t('date'), date),
    field('sc-kind', t('scKind'), kind),
    h('div', { class: 'field wide' }, h('span', { id: 'sc-attackers-label', class: 'label' }, t('scAttackers')),
      h('label', { for: 'sc-filter', class: 'sub' }, t('scFilter')), filter, list),
    field('sc-target', t('scTarget'), target),
    field('sc-place', t('scPlace'), place),
    field('sc-legal', t('scLegalBasis'), legal, SCENARIO_SUPPORTS.legalBasis ? null : t('scLegalBasisLater')),
    checks('read', READINGS, f.readings, t('scReadings')),
    checks('pol', POLICIES, f.policies, t('scPolicies')),
    f.extraEvents ? h('p', { class: 'note' }, t('moreEvents')) : null,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', id: 'evaluate' }, t('evaluate')),
      h('button', { type: 'button', id: 'save', onclick: () => save(rerender) }, t('save'))));
  return form;
}

// A saved scenario is evaluated from its own TOML text (all its events), a built one from the form.
async function evaluate(rerender, toml) {
  state.error = null;
  announce(t('loading'));
  try {
    const report = toml ? await api.evaluateToml(toml) : await api.evaluate(scenarioFields(state.form));
    state.view = reportView(report);
    state.evalIndex = 0;
    state.open = new Set();
    announce(`${t('result')}: ${state.view.title}`);
  } catch (e) {
    state.error = e;
    state.view = null;
    announce(`${t('error')}: ${e.message}`);
  }
  rerender('result-heading');
}

async function save(rerender) {
  state.error = null;
  try {
    const saved = await api.save(scenarioFields(state.form));
    state.savedId = saved.id;
    announce(`${t('saved')} ${saved.title}`);
  } catch (e) {
    state.error = e;
  }
  rerender('saved-heading');
}

function wordingView(w) {
  const statusText = (st) => ({ V: t('statusV'), P: t('statusP'), U: t('statusU') }[st] || st);
  return [
    w.texts.length ? w.texts.map((x) => h('div', { class: 'wording' },
      h('blockquote', { class: 'clause', lang: x.language || null }, x.text),
      h('p', { class: 'provenance' }, x.described ? `${x.described} · ` : '', `${t('status')}: `,
        h('span', { class: `status status-${x.status}` }, `[${x.status}] ${statusText(x.status)}`), ` · ${t('source')}: `, sourceLink(x.source)))) : h('p', { class: 'note' }, '—'),
    w.summary ? h('p', { class: 'summary' }, h('strong', {}, `${t('summaryOurs')}: `), w.summary) : null,
  ];
}

function findingView(f) {
  return h('article', { class: `finding outcome-${f.outcome}`, 'data-treaty': f.treaty, 'data-article': f.article },
    h('h4', {}, h('a', { href: `#/treaty/${f.treaty}` }, f.treatyName), ` ${t('article')} ${f.article}`,
      f.label ? ` (${f.label})` : '', ' → ', stateName(f.beneficiary), ': ',
      h('span', { class: 'outcome' }, t(`outcome_${f.outcome}`)),
      f.outcome === 'obliged' || f.outcome === 'conditional' ? ` · ${f.honoured ? t('honoured') : t('notHonoured')}` : ''),
    f.honourNote ? h('p', { class: 'note' }, f.honourNote) : null,
    h('h5', {}, t('clause')),
    wordingView(f.clause),
    h('h5', {}, t('conditions')),
    h('ul', { class: 'checks' }, f.conditions.map((c) => h('li', { class: `value-${c.value}` },
      h('span', { class: 'name' }, c.name), ': ', h('strong', {}, t(`value_${c.value}`)), ' — ', c.detail))),
    f.gates.length ? [h('h5', {}, t('gates')), h('ul', { class: 'checks gates' }, f.gates.map((g) => h('li', { class: `gate value-${g.value}`, 'data-gate': g.kind },
      h('span', { class: 'name' }, g.kind), ` (${t(`class_${g.class}`)}): `, h('strong', {}, t(`value_${g.value}`)),
      g.quote ? [' — ', h('q', {}, g.quote)] : '', g.detail ? ` — ${g.detail}` : '')))] : null,
    f.understandings.length ? [h('h5', {}, t('understandings')), h('ul', {}, f.understandings.map((u) =>
      h('li', {}, `${u.label} (${u.kind}) [${u.status}]: ${u.summary} — `, sourceLink(u.source))))] : null,
    f.statements.length ? [h('h5', {}, t('statements')), h('ul', {}, f.statements.map((s) =>
      h('li', {}, `${s.date} ${stateName(s.by)} (${s.kind}) [${s.status}]: ${s.summary} — `, sourceLink(s.source))))] : null);
}

function traceRow(ev, id, rerender) {
  const open = state.open.has(id);
  const panelId = `trace-${id}`;
  const btn = h('button', { type: 'button', class: 'trace-btn', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId,
    'data-state': id,
    onclick: () => { if (open) state.open.delete(id); else state.open.add(id); rerender(`tracebtn-${id}`); },
    id: `tracebtn-${id}` }, open ? t('hideTrace') : `${t('trace')}: ${stateName(id)}`);
  const panel = open ? h('section', { id: panelId, class: 'trace', 'aria-label': `${t('traceOf')} ${stateName(id)}` },
    traceOf(ev, id).map(findingView)) : null;
  return { btn, panel };
}

function result(rerender) {
  if (state.error) return errorBox(state.error, t);
  if (!state.view) return null;
  const v = state.view;
  const ev = v.evaluations[state.evalIndex] || v.evaluations[0];
  const pick = h('select', { id: 'sc-eval', onchange: (e) => { state.evalIndex = Number(e.target.value); rerender('sc-eval'); } },
    v.evaluations.map((x, i) => h('option', { value: i, selected: i === state.evalIndex }, `${t(`reading_${x.reading}`)} · ${t(`policy_${x.policy}`)}`)));
  const sideName = (side) => ev.sides[side].map(stateName).join(', ');
  const rows = [];
  for (const s of ev.states) {
    const { btn, panel } = traceRow(ev, s.id, rerender);
    rows.push(h('tr', { 'data-state': s.id, 'data-side': s.side, class: `side-${s.side}` },
      h('th', { scope: 'row' }, stateName(s.id)),
      h('td', { class: 'side' }, `${t('sideOf')} ${sideName(s.side)}`),
      h('td', { class: 'round', 'data-label': t('round') }, String(s.round)),
      h('td', {}, s.via ? [`${t('via')} `, h('a', { href: `#/treaty/${s.via.treaty}` }, s.via.treatyName), ` ${t('article')} ${s.via.article}`] : t('belligerent')),
      h('td', {}, btn)));
    if (panel) rows.push(h('tr', { class: 'trace-row' }, h('td', { colspan: 5 }, panel)));
  }
  const aside = standingAside(ev);
  const asideRows = aside.map((a) => {
    const { btn, panel } = traceRow(ev, a.id, rerender);
    return h('li', { 'data-state': a.id }, h('strong', {}, stateName(a.id)), ': ',
      a.findings.map((f) => `${f.treatyName} ${t('article')} ${f.article} (${f.kind}) → ${stateName(f.beneficiary)}: ${t(`outcome_${f.outcome}`)}`).join('; '),
      ' ', btn, panel);
  });
  const side = new Map(ev.states.map((s) => [s.id, s.side]));
  return h('section', { id: 'result', 'aria-labelledby': 'result-heading' },
    h('h2', { id: 'result-heading', tabindex: '-1' }, `${t('result')}: ${v.title}`),
    h('div', { class: 'field' }, h('label', { for: 'sc-eval' }, t('evaluationOf')), pick),
    ev.states.length ? h('table', { id: 'entries' },
      h('thead', {}, h('tr', {}, ['', t('sideOf').replace(/ von$| of$/, ''), t('round'), '', ''].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows)) : h('p', {}, t('noEntries')),
    aside.length ? [h('h3', {}, t('standingAside')), h('ul', { class: 'aside' }, asideRows)] : null,
    ev.conflicts.length ? [h('h3', {}, t('conflicts')), h('ul', {}, ev.conflicts.map((c) => h('li', {}, `${stateName(c.state)}: ${c.kind} — ${c.detail}`)))] : null,
    h('h3', {}, t('mapBySide')),
    worldMap({ colourOf: (id) => (side.has(id) ? `side-${side.get(id)}` : null),
      labelOf: (id) => (side.has(id) ? `${t('sideOf')} ${sideName(side.get(id))}` : ''), title: t('mapBySide') }));
}

async function savedList(rerender) {
  const box = h('section', { id: 'saved', 'aria-labelledby': 'saved-heading' }, h('h2', { id: 'saved-heading', tabindex: '-1' }, t('savedTitle')));
  if (state.savedId) box.append(h('p', { class: 'ok', id: 'saved-ack' }, `${t('saved')} ${state.savedId}`));
  const upload = h('input', { type: 'file', id: 'sc-upload', accept: '.toml,application/toml,text/plain',
    onchange: async (e) => {
      const file = e.target.files[0];
      if (!file) return;
      try {
        const saved = await api.upload(await file.text());
        state.savedId = saved.id;
        state.error = null;
      } catch (err) { state.error = err; }
      rerender('saved-heading');
    } });
  box.append(h('div', { class: 'field' }, h('label', { for: 'sc-upload' }, t('upload')), upload));
  let items = [];
  try { items = await api.saved(); } catch (e) { box.append(errorBox(e, t)); return box; }
  if (!items.length) box.append(h('p', {}, t('noSaved')));
  box.append(h('ul', { id: 'saved-list' }, items.map((s) => h('li', { 'data-id': s.id },
    h('span', { class: 'title' }, s.title), ` (${s.updated.slice(0, 16).replace('T', ' ')}) `,
    h('button', { type: 'button', class: 'open', onclick: async () => {
      const full = await api.savedOne(s.id);
      state.form = formFromFields(full.scenario || {});
      state.savedId = null;
      await evaluate(rerender, full.toml);
    } }, `${t('open')}: ${s.title}`),
    ' ', h('a', { href: api.tomlUrl(s.id), download: '' }, t('download')),
    ' ', h('button', { type: 'button', class: 'delete', onclick: async () => { await api.remove(s.id); announce(t('deleted')); rerender('saved-heading'); } },
      t('delete'))))));
  return box;
}

export { wordingView };

export async function scenarioView(root) {
  const rerender = async (focusId) => {
    const saved = await savedList(rerender);
    fill(root, h('h1', {}, t('scenarioTitle')), h('div', { class: 'scenario' }, builder(rerender), result(rerender) || ''), saved);
    if (focusId) { const el = document.getElementById(focusId); if (el) el.focus(); }
  };
  await rerender();
}
