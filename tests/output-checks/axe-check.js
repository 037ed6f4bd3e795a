#!/usr/bin/env node
// Accessibility and self-containment check of IncidentLang HTML outputs.
//
//   node axe-check.js [--mode SCHEME:WIDTH]... FILE.html...
//
// Each file is opened from disk in headless Chromium (the system browser, driven by
// playwright-core; no browser download) in each mode: by default light colours at 1280 px
// and dark colours at 375 px (a phone), since the briefing styles both. In each mode:
//   - axe-core runs with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices;
//     every violation is a failure;
//   - any request the page makes for something other than a file:, data: or about: URL is a
//     failure (a briefing is one self-contained file);
//   - any console error or uncaught page error is a failure (for example a violation of the
//     page's own Content-Security-Policy).
// axe is injected through the DevTools protocol, so the page's CSP stays in force.
//
// Environment: CHROMIUM (default /usr/bin/chromium).
// Exit codes: 0 all clean, 1 some failure, 2 usage or browser error.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = require('axe-core/package.json').version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const DEFAULT_MODES = ['light:1280', 'dark:375'];

function usage(message) {
  if (message) console.error(`axe-check: ${message}`);
  console.error('usage: node axe-check.js [--mode light|dark:WIDTH]... FILE.html...');
  process.exit(2);
}

function parseArgs(argv) {
  const modes = [];
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--mode') {
      const value = argv[++i];
      const match = /^(light|dark):(\d{3,4})$/.exec(value || '');
      if (!match) usage(`bad --mode ${value ?? ''} (expected light:1280 or dark:375)`);
      modes.push({ scheme: match[1], width: Number(match[2]) });
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage('no files given');
  for (const file of files) {
    if (!fs.existsSync(file)) usage(`${file} does not exist`);
  }
  return {
    files,
    modes: modes.length ? modes : DEFAULT_MODES.map(m => ({ scheme: m.split(':')[0], width: Number(m.split(':')[1]) })),
  };
}

async function checkPage(browser, file, mode) {
  const context = await browser.newContext({
    viewport: { width: mode.width, height: 900 },
    colorScheme: mode.scheme,
    javaScriptEnabled: true,
  });
  const problems = [];
  const external = [];
  // Nothing may leave the machine: every non-local request is recorded and refused.
  await context.route('**/*', route => {
    const url = route.request().url();
    if (/^(file|data|about):/i.test(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', message => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(async tags => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }), AXE_TAGS);
    for (const v of results.violations) {
      const targets = v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ');
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
      problems.push(`axe ${v.id} [${v.impact}] ${v.help} — ${v.nodes.length} node(s): ${targets}${more}\n      ${v.helpUrl}`);
    }
    for (const url of external) problems.push(`external request: ${url}`);
  } finally {
    await context.close();
  }
  return problems;
}

async function main() {
  const { files, modes } = parseArgs(process.argv.slice(2));
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    console.error(`axe-check: no Chromium at ${executablePath} (install the chromium package or set CHROMIUM)`);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  console.log(`axe-core ${AXE_VERSION} (${AXE_TAGS.join(', ')}) in Chromium ${browser.version()}; modes ${modes.map(m => `${m.scheme}:${m.width}`).join(', ')}`);
  let failedPages = 0;
  let total = 0;
  try {
    for (const file of files) {
      for (const mode of modes) {
        const problems = await checkPage(browser, file, mode);
        total += problems.length;
        const label = `${file} [${mode.scheme}, ${mode.width}px]`;
        if (problems.length === 0) {
          console.log(`ok    ${label}`);
        } else {
          failedPages++;
          console.log(`FAIL  ${label}: ${problems.length} problem(s)`);
          for (const p of problems) console.log(`    - ${p}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`axe-check: ${files.length} file(s) × ${modes.length} mode(s), ${total} problem(s)`);
  process.exit(failedPages ? 1 : 0);
}

main().catch(error => {
  console.error(`axe-check: ${error && error.stack ? error.stack : error}`);
  process.exit(2);
});
