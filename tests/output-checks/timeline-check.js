#!/usr/bin/env node
// Layout check of the briefing's timeline figure, measured in headless Chromium.
//
//   node timeline-check.js [--width N]... FILE.html...
//
// Each file is opened from disk in the system Chromium (driven by playwright-core; no browser
// download) at each width, by default 1280 px (desktop) and 375 px (a phone). In the timeline
// figure (figure.timeline) exactly one drawing must be shown, and in it, as drawn:
//   - no two event markers overlap, no two axis labels overlap, and no axis label overlaps a marker;
//   - each marker's number fits inside its ring (the ring's box holds the number's box);
//   - no two leader lines (marker to date) cross, and no leader line runs through another marker;
//   - nothing drawn lies outside the figure, the figure is no wider than the window, and the page
//     does not scroll sideways;
//   - no text is drawn smaller than 9 CSS px;
// and anywhere on the page, no number in a table's number column (td.num, the sources table)
// wraps onto a second line. Pages with no timeline (index.html, a report without dated events)
// are checked for the last two points only.
//
// Environment: CHROMIUM (default /usr/bin/chromium).
// Exit codes: 0 all clean, 1 some failure, 2 usage or browser error.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const DEFAULT_WIDTHS = [1280, 375];

function usage(message) {
  if (message) console.error(`timeline-check: ${message}`);
  console.error('usage: node timeline-check.js [--width N]... FILE.html...');
  process.exit(2);
}

function parseArgs(argv) {
  const widths = [];
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--width') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 200 || value > 4000) usage(`bad --width ${argv[i] ?? ''}`);
      widths.push(value);
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
  return { files, widths: widths.length ? widths : DEFAULT_WIDTHS };
}

// Runs in the page: measures and returns { markers, ticks, problems }.
function measure() {
  const problems = [];
  const EPS = 0.5;
  const box = el => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }; };
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS;
  const inside = (inner, outer) => inner.left >= outer.left - EPS && inner.right <= outer.right + EPS && inner.top >= outer.top - EPS && inner.bottom <= outer.bottom + EPS;
  const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden'; };

  // Anywhere: the page does not scroll sideways; table numbers stay on one line.
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  if (overflow > 0) problems.push(`the page is ${overflow}px wider than the window`);
  for (const td of document.querySelectorAll('td.num')) {
    if (!shown(td)) continue;
    const range = document.createRange(); range.selectNodeContents(td);
    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
    if (lines.size > 1) problems.push(`table number "${td.textContent.trim()}" wraps onto ${lines.size} lines`);
  }

  const figure = document.querySelector('figure.timeline');
  if (!figure) return { timeline: false, markers: 0, ticks: 0, problems };
  const svgs = [...figure.querySelectorAll('svg')].filter(shown);
  if (svgs.length !== 1) {
    problems.push(`${svgs.length} timeline drawings shown (expected exactly one)`);
    if (svgs.length === 0) return { timeline: true, markers: 0, ticks: 0, problems };
  }
  const svg = svgs[0];
  const fig = box(figure);
  if (fig.right > window.innerWidth + EPS || fig.left < -EPS) problems.push(`the figure (${Math.round(fig.left)}–${Math.round(fig.right)}px) does not fit the ${window.innerWidth}px window`);

  // Everything drawn lies inside the figure.
  for (const el of svg.querySelectorAll('circle, text, rect, line, polyline')) {
    const b = box(el);
    if (!inside(b, fig)) problems.push(`${el.tagName} ${el.getAttribute('class') || ''} "${el.textContent.trim()}" overflows the figure (${b.left.toFixed(1)}–${b.right.toFixed(1)} × ${b.top.toFixed(1)}–${b.bottom.toFixed(1)} outside ${fig.left.toFixed(1)}–${fig.right.toFixed(1)} × ${fig.top.toFixed(1)}–${fig.bottom.toFixed(1)})`);
  }
  for (const t of svg.querySelectorAll('text')) {
    const b = box(t);
    const size = parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM() ? svg.getScreenCTM().a : 1);
    if (t.textContent.trim() && size < 9) problems.push(`text "${t.textContent.trim()}" is drawn at ${size.toFixed(1)}px (under 9px)`);
    if (b.width === 0) problems.push(`text "${t.textContent.trim()}" has no size`);
  }

  // Markers: ring and number.
  const markers = [...svg.querySelectorAll('.tl-mark')].map(g => {
    const ring = g.querySelector('circle'); const num = g.querySelector('text');
    const m = ring.getScreenCTM();
    const c = new DOMPoint(+ring.getAttribute('cx'), +ring.getAttribute('cy')).matrixTransform(m);
    return { label: num.textContent.trim(), ring: box(ring), num: box(num), cx: c.x, cy: c.y, r: +ring.getAttribute('r') * m.a };
  });
  for (const k of markers) {
    if (!inside(k.num, k.ring)) problems.push(`marker ${k.label}: its number (${k.num.width.toFixed(1)}×${k.num.height.toFixed(1)}px) spills out of its ring (${k.ring.width.toFixed(1)}px)`);
  }
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      if (overlap(markers[i].ring, markers[j].ring)) problems.push(`markers ${markers[i].label} and ${markers[j].label} overlap`);
    }
  }

  // Axis labels: against each other and against the markers.
  const ticks = [...svg.querySelectorAll('text.tl-label')].map(t => ({ label: t.textContent.trim(), box: box(t) }));
  for (let i = 0; i < ticks.length; i++) {
    for (let j = i + 1; j < ticks.length; j++) {
      if (overlap(ticks[i].box, ticks[j].box)) problems.push(`axis labels "${ticks[i].label}" and "${ticks[j].label}" overlap`);
    }
    for (const k of markers) {
      if (overlap(ticks[i].box, k.ring)) problems.push(`axis label "${ticks[i].label}" overlaps marker ${k.label}`);
    }
  }

  // Leader lines, in screen coordinates: no two cross; none runs through another marker.
  const leaders = [...svg.querySelectorAll('.tl-leader')].map(line => {
    const m = line.getScreenCTM();
    return [...line.points].map(p => new DOMPoint(p.x, p.y).matrixTransform(m));
  });
  const cross = (o, a, b) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const properCross = (p1, p2, q1, q2) => {
    const d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2), d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
    return ((d1 > 1e-6 && d2 < -1e-6) || (d1 < -1e-6 && d2 > 1e-6)) && ((d3 > 1e-6 && d4 < -1e-6) || (d3 < -1e-6 && d4 > 1e-6));
  };
  const segments = l => l.slice(1).map((p, i) => [l[i], p]);
  for (let i = 0; i < leaders.length; i++) {
    for (let j = i + 1; j < leaders.length; j++) {
      const hit = segments(leaders[i]).some(([a, b]) => segments(leaders[j]).some(([c, d]) => properCross(a, b, c, d)));
      if (hit) problems.push(`the leader lines of markers ${markers[i] ? markers[i].label : i + 1} and ${markers[j] ? markers[j].label : j + 1} cross`);
    }
  }
  const distance = (p, a, b) => {
    const dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
  };
  leaders.forEach((l, i) => {
    markers.forEach((k, j) => {
      if (i === j) return;
      if (segments(l).some(([a, b]) => distance({ x: k.cx, y: k.cy }, a, b) < k.r - EPS)) problems.push(`the leader line of marker ${markers[i] ? markers[i].label : i + 1} runs through marker ${k.label}`);
    });
  });
  if (leaders.length !== markers.length) problems.push(`${markers.length} markers but ${leaders.length} leader lines`);

  return { timeline: true, markers: markers.length, ticks: ticks.length, problems };
}

async function main() {
  const { files, widths } = parseArgs(process.argv.slice(2));
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    console.error(`timeline-check: no Chromium at ${executablePath} (install the chromium package or set CHROMIUM)`);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  console.log(`timeline-check in Chromium ${browser.version()}; widths ${widths.map(w => `${w}px`).join(', ')}`);
  let failed = 0;
  try {
    for (const file of files) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        let result;
        try {
          await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
          result = await page.evaluate(measure);
        } finally {
          await page.close();
        }
        const what = result.timeline ? `${result.markers} markers, ${result.ticks} axis labels` : 'no timeline';
        if (result.problems.length === 0) {
          console.log(`ok    ${file} [${width}px]: ${what}`);
        } else {
          failed++;
          console.log(`FAIL  ${file} [${width}px]: ${what}; ${result.problems.length} problem(s)`);
          for (const p of result.problems) console.log(`    - ${p}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`timeline-check: ${files.length} file(s) × ${widths.length} width(s), ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(`timeline-check: ${error && error.stack ? error.stack : error}`);
  process.exit(2);
});
