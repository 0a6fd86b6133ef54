// The treaty list and one treaty's page with its articles, and the side-by-side diff of two treaties.
import { api } from './api.js';
import { h, fill, errorBox, sourceLink } from './dom.js';
import { t, stateName } from './i18n.js';
import { wordingOf } from './evaluation.js';
import { wordingView } from './view_scenario.js';

const status = (p) => h('span', { class: `status status-${p.status}` }, `[${p.status}]`);

export async function treatyListView(root) {
  const list = await api.treaties();
  fill(root, h('h1', {}, t('treatiesTitle')),
    h('ul', { class: 'treaty-list' }, list.map((x) => h('li', {}, h('a', { href: `#/treaty/${x.id}` }, x.short_name),
      ` — ${x.name} (${t('inForce')} ${x.in_force}${x.ended ? ` – ${x.ended}` : ''})`))));
}

export async function treatyView(root, id) {
  let tr;
  try { tr = await api.treaty(id); } catch (e) { fill(root, errorBox(e, t)); return; }
  const dated = (label, d) => (d ? h('li', {}, `${label}: ${d.date} `, status(d.provenance), ' ', sourceLink(d.provenance.source)) : null);
  fill(root, 
    h('h1', {}, tr.short_name), h('p', { class: 'lead' }, tr.name),
    h('ul', { class: 'dates' }, dated(t('signed'), tr.signed), dated(t('inForce'), tr.in_force), dated(t('ended'), tr.ended)),
    tr.note ? h('p', { class: 'note' }, tr.note) : null,
    h('h2', {}, t('members')),
    h('ul', { class: 'members' }, tr.members.map((m) => h('li', {}, `${stateName(m.state)} (${m.state}) ${m.from || ''}${m.to ? ' – ' + m.to : ''} ${m.joined} `, status(m.provenance)))),
    h('h2', {}, t('provisions')),
    tr.provisions.map((p) => h('article', { class: 'provision', id: `art-${p.article}-${p.label}` },
      h('h3', {}, `${t('article')} ${p.article}${p.title ? ' — ' + p.title : ''} `, h('small', {}, `(${p.kind}${p.label ? ', ' + p.label : ''}) `), status(p.provenance)),
      wordingView(wordingOf(p.wording || p)),
      p.gates.length ? h('ul', { class: 'gates' }, p.gates.map((g) => h('li', {}, `${g.kind} (${t(`class_${g.class}`)}): `, h('q', {}, g.quote)))) : null,
      p.provenance.note ? h('p', { class: 'note' }, p.provenance.note) : null)),
    tr.understandings.length ? [h('h2', {}, t('understandings')), h('ul', {}, tr.understandings.map((u) =>
      h('li', {}, `${u.label} (${u.kind}, ${stateName(u.by)}) `, status(u.provenance), `: ${u.summary} `, sourceLink(u.provenance.source))))] : null,
    tr.statements.length ? [h('h2', {}, t('statements')), h('ul', {}, tr.statements.map((s) =>
      h('li', {}, `${s.date} ${stateName(s.by)} (${s.kind}) `, status(s.provenance), `: ${s.summary} `, sourceLink(s.provenance.source))))] : null,
    // Summary in our words; the quote is the declaration's own, shown as a quotation.
    (tr.declared || []).length ? [h('h2', {}, t('declared')), h('ul', { class: 'declared' }, tr.declared.map((d) =>
      h('li', { 'data-declared': d.id }, `${d.date} ${stateName(d.by)} (${d.kind}) `, status(d.provenance), `: ${d.summary} `,
        d.quote ? h('q', {}, d.quote) : '', ' ', sourceLink(d.provenance.source))))] : null);
}

export async function diffView(root, params) {
  const list = await api.treaties();
  const from = params.get('from') || 'su-kp-1961';
  const to = params.get('to') || 'ru-kp-2024';
  const sel = (id, value) => h('select', { id }, list.map((x) => h('option', { value: x.id, selected: x.id === value }, x.short_name)));
  const a = sel('diff-from', from), b = sel('diff-to', to);
  const form = h('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); location.hash = `#/diff?from=${a.value}&to=${b.value}`; } },
    h('label', { for: 'diff-from' }, t('diffFrom')), a, h('label', { for: 'diff-to' }, t('diffTo')), b,
    h('button', { type: 'submit' }, t('compare')));
  let d;
  try { d = await api.diff(from, to); } catch (e) { fill(root, h('h1', {}, t('diffTitle')), form, errorBox(e, t)); return; }
  const cell = (p) => (p ? h('td', {}, h('strong', {}, `${t('article')} ${p.article} `), h('small', {}, `(${p.kind}${p.label ? ', ' + p.label : ''}) [${p.status}]`),
    wordingView(wordingOf(p.wording || p))) : h('td', { class: 'empty' }, '—'));
  fill(root, h('h1', {}, t('diffTitle')), form,
    h('table', { id: 'diff', class: 'diff' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, d.from_name), h('th', { scope: 'col' }, d.to_name))),
      h('tbody', {}, d.changes.map((c) => h('tr', { class: `change-${c.change}` },
        h('th', { scope: 'row' }, t(`change_${c.change}`), c.details.length ? h('ul', {}, c.details.map((x) => h('li', {}, x))) : null),
        cell(c.from), cell(c.to))))));
}
