// Test harness for the browser tests: starts `casus serve` on a free loopback port with its own
// store, and Debian's chromium through playwright-core with a fresh profile. Everything it starts
// it stops, by process id.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const env = {
  binary: process.env.CASUS_BINARY,
  webDir: process.env.CASUS_WEB_DIR,
  corpus: process.env.CASUS_CORPUS,
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  artifacts: process.env.CASUS_ARTIFACTS || join(tmpdir(), 'casus-web-artifacts'),
};
mkdirSync(env.artifacts, { recursive: true });

export function tempDir(name) {
  return mkdtempSync(join(tmpdir(), `casus-${name}-`));
}

// Starts the server; resolves to { url, proc, stop() } once it printed the port it bound.
export function startServer(store) {
  return new Promise((resolve, reject) => {
    const args = ['--corpus', env.corpus, 'serve', '--port', '0', '--store', store, '--assets', env.webDir];
    const proc = spawn(env.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`casus serve did not start: ${out}${err}`)); }, 30000);
    proc.stderr.on('data', (d) => { err += d; });
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        const stop = () => new Promise((done) => {
          if (proc.exitCode !== null) return done(proc.exitCode);
          proc.once('exit', (code) => done(code));
          proc.kill('SIGTERM');
        });
        resolve({ url: m[1], proc, stop, stderr: () => err });
      }
    });
    proc.once('exit', (code) => { clearTimeout(timer); if (!out.includes('listening')) reject(new Error(`casus serve exited ${code}: ${err}`)); });
  });
}

export async function launchBrowser() {
  const profile = tempDir('chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  return context;
}

// Presses Tab (only the keyboard) until the element matching `selector` has the focus.
export async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; ++i) {
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} never got the focus after ${max} Tab presses`);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(env.artifacts, `${name}.png`), fullPage: true });
}
