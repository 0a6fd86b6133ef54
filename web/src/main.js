// The page: hash routes (#/map, #/network, #/scenario, #/treaties, #/treaty/ID, #/diff), the
// language switch, and the names of states loaded once from the API.
import { api } from './api.js';
import { h, errorBox } from './dom.js';
import { t, setLang, currentLang, setNames } from './i18n.js';
import { mapView } from './view_map.js';
import { networkView } from './view_network.js';
import { scenarioView } from './view_scenario.js';
import { treatyListView, treatyView, diffView } from './view_treaties.js';

const routes = [
  ['map', 'navMap'], ['network', 'navNetwork'], ['scenario', 'navScenario'], ['treaties', 'navTreaties'], ['diff', 'navDiff'],
];

function header(active) {
  const toggle = h('button', { type: 'button', id: 'lang-toggle', 'aria-label': t('languageLabel'),
    onclick: () => { setLang(currentLang() === 'en' ? 'de' : 'en'); render(); document.getElementById('lang-toggle').focus(); } }, t('language'));
  return h('header', {},
    h('a', { href: '#main', class: 'skip' }, t('skip')),
    h('span', { class: 'brand' }, 'casus'),
    h('nav', { 'aria-label': 'casus' }, h('ul', {}, routes.map(([r, key]) =>
      h('li', {}, h('a', { href: `#/${r}`, 'aria-current': r === active ? 'page' : null, id: `nav-${r}` }, t(key)))))),
    toggle);
}

async function render() {
  const [path, query] = (location.hash.replace(/^#\/?/, '') || 'scenario').split('?');
  const params = new URLSearchParams(query || '');
  const [route, arg] = path.split('/');
  document.title = t('appTitle');
  delete document.body.dataset.rendered;
  const main = h('main', { id: 'main', tabindex: '-1' });
  const app = document.getElementById('app');
  app.replaceChildren(header(route === 'treaty' ? 'treaties' : route), main, h('p', { id: 'status', role: 'status', 'aria-live': 'polite', class: 'status-line' }));
  try {
    if (route === 'map') await mapView(main, params);
    else if (route === 'network') await networkView(main, params);
    else if (route === 'treaties') await treatyListView(main);
    else if (route === 'treaty') await treatyView(main, decodeURIComponent(arg || ''));
    else if (route === 'diff') await diffView(main, params);
    else await scenarioView(main);
  } catch (e) {
    main.replaceChildren(errorBox(e, t));
  }
  // For tests and assistive tools: which view, in which language, has finished rendering.
  document.body.dataset.rendered = `${route || 'scenario'}:${currentLang()}`;
}

async function start() {
  setLang(currentLang());
  try {
    const [states, locations] = await Promise.all([api.states(), api.locations()]);
    setNames(states, locations);
  } catch (e) {
    document.getElementById('app').replaceChildren(errorBox(e, t));
    return;
  }
  window.addEventListener('hashchange', () => { render().then(() => document.getElementById('main')?.focus()); });
  await render();
}

start();
