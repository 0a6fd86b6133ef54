// The alliance network on a chosen date: states linked to the treaties they are members of
// (a bipartite graph laid out by d3-force), with a year slider.
import { forceSimulation, forceLink, forceManyBody, forceX, forceY, forceCollide } from 'd3';
import { api } from './api.js';
import { h, fill, errorBox } from './dom.js';
import { t, stateName } from './i18n.js';

export async function networkView(root, params) {
  const date = params.get('at') || new Date().toISOString().slice(0, 10);
  const year = Number(date.slice(0, 4));
  let treaties;
  try {
    treaties = await api.treaties(date);
  } catch (e) {
    fill(root, errorBox(e, t));
    return;
  }
  const go = (at) => { location.hash = `#/network?at=${at}`; };
  const slider = h('input', { id: 'net-year', type: 'range', min: 1815, max: 2026, step: 1, value: year, 'aria-valuetext': date });
  const dateInput = h('input', { id: 'net-date', type: 'text', value: date, size: 10 });
  slider.addEventListener('change', () => go(`${slider.value}${date.slice(4)}`));
  const yearOut = h('output', { for: 'net-year' }, String(year));
  slider.addEventListener('input', () => { yearOut.textContent = slider.value; });
  const form = h('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); go(dateInput.value); } },
    h('label', { for: 'net-year' }, t('year')), slider, yearOut,
    h('label', { for: 'net-date' }, t('date')), dateInput, h('button', { type: 'submit' }, 'OK'));

  const nodes = [], links = [], seen = new Map();
  for (const tr of treaties) {
    const tn = { id: `t:${tr.id}`, label: tr.short_name, treaty: tr.id };
    nodes.push(tn);
    for (const m of tr.members) {
      if (!seen.has(m.state)) { const sn = { id: `s:${m.state}`, label: m.state, state: m.state }; seen.set(m.state, sn); nodes.push(sn); }
      links.push({ source: tn.id, target: `s:${m.state}` });
    }
  }
  const width = 900, height = 560;
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id).distance(50))
    .force('charge', forceManyBody().strength(-120))
    // Gravity towards the middle keeps the separate alliance systems (NATO, CSTO, the DPRK's treaties)
    // on the page instead of drifting apart.
    .force('x', forceX(width / 2).strength(0.08))
    .force('y', forceY(height / 2).strength(0.08))
    .force('collide', forceCollide(16))
    .stop();
  for (let i = 0; i < 400; ++i) sim.tick();  // a fixed layout: deterministic and no animation to wait for
  // Fit the drawing to what was laid out (labels stand to the right of their node).
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const box = nodes.length ? [Math.min(...xs) - 20, Math.min(...ys) - 20, Math.max(...xs) + 110, Math.max(...ys) + 20] : [0, 0, width, height];
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `${box[0]} ${box[1]} ${box[2] - box[0]} ${box[3] - box[1]}`);
  svg.setAttribute('class', 'network');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t('networkTitle')} ${date}`);
  for (const l of links) {
    const line = document.createElementNS(ns, 'line');
    for (const [k, v] of [['x1', l.source.x], ['y1', l.source.y], ['x2', l.target.x], ['y2', l.target.y]]) line.setAttribute(k, v);
    svg.append(line);
  }
  for (const n of nodes) {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('transform', `translate(${n.x},${n.y})`);
    g.setAttribute('class', n.treaty ? 'node treaty' : 'node state');
    const shape = document.createElementNS(ns, n.treaty ? 'rect' : 'circle');
    if (n.treaty) { shape.setAttribute('x', -6); shape.setAttribute('y', -6); shape.setAttribute('width', 12); shape.setAttribute('height', 12); }
    else shape.setAttribute('r', 7);
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', 9); text.setAttribute('y', 4);
    text.textContent = n.label;
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = n.treaty ? n.label : stateName(n.state);
    g.append(shape, text, tip);
    svg.append(g);
  }
  fill(root, h('h1', {}, t('networkTitle')), h('p', {}, t('networkHelp')), form, h('figure', { class: 'net' }, svg),
    h('h2', {}, `${t('networkTreaties')} (${date})`),
    h('ul', { class: 'treaty-list' }, treaties.map((x) => h('li', {}, h('a', { href: `#/treaty/${x.id}` }, x.short_name), ` — ${x.members.map((m) => stateName(m.state)).join(', ')}`))));
}
