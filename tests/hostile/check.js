#!/usr/bin/env node
// Hostile-report check of IncidentLang HTML outputs (docs/reliability.md, "Hostile reports").
//
//   node check.js [--expect-failures KIND,KIND...] FILE.html...
//
// Each page is opened from disk in headless Chromium (the system browser, driven by playwright-core)
// twice: once with the page's own Content-Security-Policy in force, and once with CSP bypassed, so
// that the HTML encoding is tested on its own and not only hidden behind the CSP. In each run:
//   script      no script runs: no dialog (alert/confirm/prompt), window.__pwned (which every payload
//               of tests/hostile/reports sets) stays undefined, no <script> element exists;
//   csp         no Content-Security-Policy violation is reported (securitypolicyviolation events,
//               recorded by an init script) and no console error or page error;
//   request     the page makes no request but for itself (all others are recorded and refused);
//   handler     no element has an on* attribute; no <iframe>, <object>, <embed>, <base>, <form>,
//               <meta http-equiv=refresh>, <link> or <style> other than the page's own head <style>;
//   link        every <a href> is http: or https:, or an in-page "#id" whose target exists, or (in
//               index.html only) a relative "NAME.html" naming a page in the same folder; no other
//               attribute holds a URL (src, action, formaction, srcset, poster, data, xlink:href);
//   indicator   for every indicator of the page's JSON (NAME.json next to NAME.html; for index.html every
//               incident's JSON in the folder) of a linkable
//               kind (url, domain, ipv4, ipv6, cidr, email): its live value does not occur in the
//               page's text or in any attribute, and no href contains it (hashes and file names are
//               not links; they may appear as written);
//   text        the incident's title (from the JSON) appears verbatim as the page's <h1> text (its live
//               indicators defanged): hostile markup and template syntax come out as the text the author
//               wrote, not evaluated or lost.
// --expect-failures turns the check around for the self-test: every listed kind must be found on every
// page given, and the exit code is 0 only then (a checker that cannot fail proves nothing).
//
// Environment: CHROMIUM (default /usr/bin/chromium).
// Exit codes: 0 all clean (or every expected failure found), 1 a failure, 2 usage or browser error.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const KINDS = ['script', 'csp', 'request', 'handler', 'link', 'indicator', 'text'];
const LINKABLE = new Set(['url', 'domain', 'ipv4', 'ipv6', 'cidr', 'email']);

function usage(message) {
  if (message) console.error(`check.js: ${message}`);
  console.error('usage: node check.js [--expect-failures KIND,...] FILE.html...');
  process.exit(2);
}

function parseArgs(argv) {
  const files = [];
  let expect = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--expect-failures') {
      expect = (argv[++i] || '').split(',').filter(Boolean);
      for (const k of expect) if (!KINDS.includes(k)) usage(`unknown kind ${k} (kinds: ${KINDS.join(', ')})`);
      if (expect.length === 0) usage('--expect-failures needs kinds');
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage('no files given');
  for (const f of files) if (!fs.existsSync(f)) usage(`${f} does not exist`);
  return { files, expect };
}

/** The incident's JSON written next to the page; for index.html, every incident's JSON in the folder (no title). */
function readModel(file) {
  const dir = path.dirname(file);
  if (path.basename(file) === 'index.html') {
    const documents = fs.readdirSync(dir).filter(f => f.endsWith('.json') && !f.endsWith('.stix.json'))
      .map(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    return { incidents: documents };
  }
  const json = file.replace(/\.html$/, '.json');
  if (!fs.existsSync(json)) return null;
  return JSON.parse(fs.readFileSync(json, 'utf8'));
}

/** Every indicator object found anywhere in the JSON document (kind + value). */
function indicatorsOf(model) {
  const found = [];
  (function walk(node) {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node && typeof node === 'object') {
      if (typeof node.kind === 'string' && typeof node.value === 'string' && typeof node.defanged === 'string') {
        found.push({ kind: node.kind, value: node.value, defanged: node.defanged });
      }
      Object.values(node).forEach(walk);
    }
  })(model);
  return found;
}

// Runs in the page before any of its own content: records what a payload could do.
function initScript() {
  window.__hostile = { violations: [] };
  document.addEventListener('securitypolicyviolation', e => {
    window.__hostile.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  }, true);
}

// Runs in the page after load: what the DOM holds.
function inspectDom() {
  const problems = [];
  const add = (kind, message) => problems.push({ kind, message });
  const short = s => (s.length > 80 ? s.slice(0, 77) + '...' : s);
  const all = Array.from(document.querySelectorAll('*'));
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) add('handler', `<${el.localName}> has ${attr.name}="${short(attr.value)}"`);
      if (/^(src|action|formaction|srcset|poster|data|xlink:href|background|ping|formtarget)$/i.test(attr.name)) {
        add('link', `<${el.localName}> has ${attr.name}="${short(attr.value)}"`);
      }
      if (attr.name === 'href' && el.localName !== 'a') add('link', `<${el.localName}> has href="${short(attr.value)}"`);
    }
  }
  for (const el of document.querySelectorAll('script')) add('script', `<script> element: ${short(el.textContent || el.src || '')}`);
  // The compiler draws its own inline SVG (timeline, bars): allowed, but none of the SVG elements that can
  // load, link or rewrite attributes (animate/set can set an href to javascript:).
  for (const sel of ['iframe', 'frame', 'object', 'embed', 'base', 'form', 'link', 'img', 'math', 'template', 'portal',
    'svg a', 'svg foreignObject', 'svg use', 'svg image', 'svg feImage', 'svg animate', 'svg set', 'svg animateMotion', 'svg animateTransform']) {
    for (const el of document.querySelectorAll(sel)) add('handler', `<${el.localName}> element (${short(el.outerHTML)})`);
  }
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    if (!/^content-security-policy$/i.test(el.getAttribute('http-equiv'))) add('handler', `<meta http-equiv="${el.getAttribute('http-equiv')}">`);
  }
  const styles = document.querySelectorAll('style');
  if (styles.length > 1 || (styles.length === 1 && styles[0].parentElement !== document.head)) {
    add('handler', `${styles.length} <style> element(s); only the page's own one in <head> is expected`);
  }
  const isIndex = /\/index\.html$/.test(location.pathname);
  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    links.push(href);
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      if (!document.getElementById(id)) add('link', `in-page link ${short(href)} has no target`);
      continue;
    }
    if (isIndex && /^[A-Za-z0-9%._-]+\.html(#[A-Za-z0-9_-]+)?$/.test(href)) continue; // a sibling page: checked to exist below
    let url;
    try { url = new URL(href); } catch { add('link', `<a href="${short(href)}"> is not an absolute URL`); continue; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') add('link', `<a href="${short(href)}"> has scheme ${url.protocol}`);
  }
  const attributes = all.flatMap(el => Array.from(el.attributes).map(a => a.value));
  return {
    problems,
    links,
    text: document.body ? document.body.innerText : '',
    attributes,
    h1: (document.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim(),
    pwned: typeof window.__pwned !== 'undefined' || typeof window.parent.__pwned !== 'undefined',
    violations: window.__hostile ? window.__hostile.violations : ['init script did not run'],
  };
}

async function checkPage(browser, file, bypassCSP) {
  const problems = [];
  const add = (kind, message) => problems.push({ kind, message });
  const context = await browser.newContext({ bypassCSP, javaScriptEnabled: true });
  const pageUrl = pathToFileURL(path.resolve(file)).href;
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    add('request', `request for ${url}`);
    return route.abort();
  });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('dialog', dialog => { add('script', `${dialog.type()} dialog: ${dialog.message()}`); dialog.dismiss().catch(() => {}); });
  page.on('console', m => { if (m.type() === 'error') add('csp', `console error: ${m.text()}`); });
  page.on('pageerror', e => add('csp', `page error: ${e.message}`));
  page.on('popup', p => add('script', `popup ${p.url()}`));
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForTimeout(100); // let a timer- or event-driven payload fire
    const dom = await page.evaluate(inspectDom);
    if (page.url() !== pageUrl) add('script', `the page navigated to ${page.url()}`);
    if (dom.pwned) add('script', 'window.__pwned is set: a payload ran');
    for (const href of dom.links.filter(h => /^[A-Za-z0-9%._-]+\.html(#|$)/.test(h))) {
      const sibling = path.join(path.dirname(file), decodeURIComponent(href.split('#')[0]));
      if (!fs.existsSync(sibling)) add('link', `<a href="${href}"> names no page in the folder`);
    }
    for (const v of dom.violations) add('csp', `CSP violation: ${v}`);
    problems.push(...dom.problems);

    const model = readModel(file);
    if (model) {
      const haystack = (dom.text + '\n' + dom.attributes.join('\n')).toLowerCase();
      for (const ind of indicatorsOf(model).filter(i => LINKABLE.has(i.kind))) {
        const live = ind.value.toLowerCase();
        if (haystack.includes(live)) add('indicator', `${ind.kind} indicator ${ind.defanged} appears live (${ind.value}) in the page`);
        for (const href of dom.links) {
          if (href.toLowerCase().includes(live)) add('indicator', `${ind.kind} indicator ${ind.defanged} is a link: ${href}`);
        }
      }
      if (typeof model.title === 'string') {
        // As written, but for the live indicators it holds, which the briefing shows defanged (longest first).
        let title = model.title.replace(/\s+/g, ' ').trim();
        for (const ind of indicatorsOf(model).filter(i => LINKABLE.has(i.kind)).sort((a, b) => b.value.length - a.value.length)) {
          title = title.split(ind.value).join(ind.defanged);
        }
        if (dom.h1 !== title) add('text', `<h1> is "${dom.h1.slice(0, 80)}", the title is "${title.slice(0, 80)}"`);
      }
    }
  } finally {
    await context.close();
  }
  return problems;
}

async function main() {
  const { files, expect } = parseArgs(process.argv.slice(2));
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    console.error(`check.js: no Chromium at ${executablePath} (install the chromium package or set CHROMIUM)`);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  console.log(`hostile check in Chromium ${browser.version()}: ${files.length} page(s), each with the page's CSP and with CSP bypassed`);
  let failed = 0;
  try {
    for (const file of files) {
      for (const bypass of [false, true]) {
        const label = `${file} [${bypass ? 'CSP bypassed' : 'CSP in force'}]`;
        const problems = await checkPage(browser, file, bypass);
        if (expect) {
          const found = new Set(problems.map(p => p.kind));
          // With the CSP in force it blocks the request the page would make; "request" is expected only without it.
          const wanted = expect.filter(k => bypass || k !== 'request');
          const missing = wanted.filter(k => !found.has(k));
          if (missing.length) { failed++; console.log(`FAIL  ${label}: the checker missed ${missing.join(', ')}`); }
          else console.log(`ok    ${label}: found ${[...found].sort().join(', ')}`);
        } else if (problems.length === 0) {
          console.log(`ok    ${label}`);
        } else {
          failed++;
          console.log(`FAIL  ${label}: ${problems.length} problem(s)`);
          for (const p of problems.slice(0, 40)) console.log(`    - [${p.kind}] ${p.message}`);
          if (problems.length > 40) console.log(`    - ... ${problems.length - 40} more`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`check.js: ${files.length} page(s) × 2 runs, ${failed} failing run(s)`);
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(`check.js: ${error && error.stack ? error.stack : error}`);
  process.exit(2);
});
