// The world map (d3-geo, world-atlas 110m, bundled: nothing is fetched at run time). Countries are
// matched to casus states by ISO 3166-1 numeric code, which the API gives with each state.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { h } from './dom.js';
import { allStates, stateName } from './i18n.js';

const countries = feature(world, world.objects.countries).features;

// colourOf(stateId) -> CSS class or null; labelOf(stateId) -> text for the tooltip.
export function worldMap({ colourOf, labelOf, title }) {
  const width = 960, height = 480;
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const byNumeric = new Map(allStates().filter((s) => s.iso_numeric).map((s) => [s.iso_numeric, s.id]));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'worldmap');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  const sphere = document.createElementNS(ns, 'path');
  sphere.setAttribute('d', path({ type: 'Sphere' }));
  sphere.setAttribute('class', 'sphere');
  svg.append(sphere);
  for (const f of countries) {
    const id = byNumeric.get(String(f.id).padStart(3, '0'));
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path(f));
    const cls = id ? colourOf(id) : null;
    p.setAttribute('class', `country ${cls || ''}`);
    if (id) {
      p.setAttribute('data-state', id);
      const tip = document.createElementNS(ns, 'title');
      tip.textContent = `${stateName(id)}${labelOf ? ': ' + labelOf(id) : ''}`;
      p.append(tip);
    }
    svg.append(p);
  }
  return h('figure', { class: 'map' }, svg);
}
