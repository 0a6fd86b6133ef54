// The journalist's path in the page (issue 10): build the Korea scenario (ROK and USA attack the
// DPRK, 2025), see Russia and China on the DPRK's side, open Russia's trace and see Art. 4 with its
// gates and words; switch to German; save, restart the server, find the scenario again. Once with
// the mouse, once with the keyboard alone. Screenshots go to $CASUS_ARTIFACTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { env, tempDir, startServer, launchBrowser, tabTo, shot } from './harness.mjs';

let server, context, names, storeFile;

before(async () => {
  assert.ok(env.binary && env.webDir && env.corpus, 'CASUS_BINARY, CASUS_WEB_DIR and CASUS_CORPUS must be set (ctest sets them)');
  storeFile = join(tempDir('store'), 'scenarios.sqlite');
  server = await startServer(storeFile);
  context = await launchBrowser();
  const states = await (await fetch(`${server.url}api/states`)).json();
  names = Object.fromEntries(states.map((s) => [s.id, s]));
});

after(async () => {
  if (context) await context.close();
  if (server) await server.stop();
});

async function expectKoreaResult(page, lang) {
  await page.waitForSelector(`body[data-rendered="scenario:${lang}"] #entries`);
  const name = (id) => (lang === 'de' ? names[id].name_de : names[id].name_en);
  const row = (id) => page.locator(`#entries tr[data-state="${id}"]`);
  const prkSide = await row('PRK').getAttribute('data-side');
  for (const id of ['RUS', 'CHN']) {
    assert.equal(await row(id).getAttribute('data-side'), prkSide, `${id} is on the DPRK's side`);
    assert.equal((await row(id).locator('th').textContent()).trim(), name(id));
    assert.ok((await row(id).locator('td.side').textContent()).includes(name('PRK')), `${id}'s side names the DPRK`);
  }
  assert.notEqual(await row('KOR').getAttribute('data-side'), prkSide, 'the ROK is on the other side');
  assert.notEqual(await row('USA').getAttribute('data-side'), prkSide, 'the USA is on the other side');
}

async function expectRussiaTrace(page) {
  const art4 = page.locator('#trace-RUS .finding[data-treaty="ru-kp-2024"][data-article="4"]').first();
  await art4.waitFor();
  const clause = await art4.locator('blockquote.clause').first().textContent();
  assert.match(clause, /armed invasion/, 'the clause\'s words');
  assert.match(clause, /Article 51 of the UN Charter/);
  const art51 = art4.locator('li[data-gate="un-charter-art-51"]');
  const law = art4.locator('li[data-gate="domestic-law"]');
  assert.match(await art51.textContent(), /in accordance with Article 51 of the UN Charter/);
  assert.match(await law.textContent(), /the laws of the DPRK and the Russian Federation/);
  const provenance = await art4.locator('.provenance').first().textContent();
  assert.match(provenance, /\[[VPU]\]/, 'status shown');
  assert.match(provenance, /KCNA/, 'whose text it is');
  assert.ok(await art4.locator('.provenance a').count() >= 1, 'source linked');
}

test('mouse: Korea 2025, Russia\'s trace, German, save, restart, find again', async () => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}#/scenario`);
  await page.waitForSelector('#scenario-form');
  await page.fill('#sc-title', 'Korea 2025 (browser test)');
  await page.fill('#sc-date', '2025-06-01');
  await page.check('#att-KOR');
  await page.check('#att-USA');
  await page.selectOption('#sc-target', 'PRK');
  await page.click('#evaluate');
  await expectKoreaResult(page, 'en');
  await page.click('#tracebtn-RUS');
  await expectRussiaTrace(page);
  await shot(page, '01-korea-en-russia-trace');

  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await expectKoreaResult(page, 'de');
  await expectRussiaTrace(page);  // the clause's words stay those of the source
  assert.match(await page.locator('#evaluate').textContent(), /Auswerten/);
  await shot(page, '02-korea-de');

  await page.click('#save');
  await page.waitForSelector('#saved-ack');
  const ack = await page.locator('#saved-ack').textContent();
  const id = ack.match(/[0-9a-f]{16}/)[0];
  assert.ok(await page.locator(`#saved-list li[data-id="${id}"]`).count() === 1);

  await server.stop();
  server = await startServer(storeFile);
  await page.goto(`${server.url}#/scenario`);
  const item = page.locator(`#saved-list li[data-id="${id}"]`);
  await item.waitFor();
  assert.match(await item.locator('.title').textContent(), /Korea 2025 \(browser test\)/);
  await item.locator('button.open').click();
  // A new port is a new origin: the language choice (localStorage) starts again in English.
  await expectKoreaResult(page, 'en');
  await shot(page, '03-after-restart');

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, '04-phone-width');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  assert.deepEqual(errors, [], 'no errors in the page');
  await page.close();
});

test('keyboard only: the same path without the mouse', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}#/scenario`);
  await page.evaluate(() => localStorage.setItem('casus.lang', 'en'));
  await page.reload();
  await page.waitForSelector('#scenario-form');
  const kb = page.keyboard;
  await tabTo(page, '#sc-title');
  await kb.type('Korea 2025 (keyboard)');
  await tabTo(page, '#sc-date');
  await kb.press('Control+A');
  await kb.type('2025-06-01');
  for (const [query, id] of [['Korea, Republic', 'KOR'], ['United States', 'USA']]) {
    await tabTo(page, '#sc-filter');
    await kb.press('Control+A');
    await kb.type(query);
    await tabTo(page, `#att-${id}`);
    await kb.press('Space');
    assert.ok(await page.isChecked(`#att-${id}`), `${id} checked with the keyboard`);
  }
  await tabTo(page, '#sc-target');
  await kb.type(names.PRK.name_en.slice(0, 12));
  assert.equal(await page.inputValue('#sc-target'), 'PRK', 'the target chosen by typing its name');
  await tabTo(page, '#evaluate');
  await kb.press('Enter');
  await expectKoreaResult(page, 'en');
  await tabTo(page, '#tracebtn-RUS');
  await kb.press('Enter');
  await expectRussiaTrace(page);
  await shot(page, '05-keyboard-trace');
  await tabTo(page, '#lang-toggle');
  await kb.press('Enter');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await expectKoreaResult(page, 'de');
  await tabTo(page, '#save');
  await kb.press('Enter');
  await page.waitForSelector('#saved-ack');
  const id = (await page.locator('#saved-ack').textContent()).match(/[0-9a-f]{16}/)[0];
  await server.stop();
  server = await startServer(storeFile);
  await page.goto(`${server.url}#/scenario`);
  await page.waitForSelector(`#saved-list li[data-id="${id}"]`);
  await tabTo(page, `#saved-list li[data-id="${id}"] button.open`);
  await kb.press('Enter');
  await expectKoreaResult(page, 'en');
  await shot(page, '06-keyboard-after-restart');
  await page.close();
});

test('other views render: map, network, treaty page, diff', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}#/map?at=2025-06-01`);
  await page.waitForSelector('.worldmap .country[data-state="RUS"]');
  assert.ok(await page.locator('.worldmap .country.count-1, .worldmap .country.count-2, .worldmap .country.count-3, .worldmap .country.count-4').count() > 10);
  await page.selectOption('#map-alliance', 'nato-1949');
  await page.waitForSelector('.worldmap .country.member[data-state="DEU"]');
  await shot(page, '07-map-nato');
  await page.goto(`${server.url}#/network?at=2025-06-01`);
  await page.waitForSelector('svg.network .treaty');
  await shot(page, '08-network-2025');
  await page.goto(`${server.url}#/treaty/ru-kp-2024`);
  await page.waitForSelector('body[data-rendered^="treaty:"] article.provision');
  assert.match(await page.locator('main').textContent(), /armed invasion/);
  await shot(page, '09-treaty-ru-kp-2024');
  await page.goto(`${server.url}#/diff?from=su-kp-1961&to=ru-kp-2024`);
  await page.waitForSelector('#diff tbody tr');
  await shot(page, '10-diff');
  await page.close();
});
