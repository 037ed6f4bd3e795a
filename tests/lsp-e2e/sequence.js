#!/usr/bin/env node
// The language server over time (issue 12, docs/reliability.md): drives a real `inc lsp` with a long,
// seeded random sequence of what an editor and a file system do to a project with catalog files —
// ranged edits (didChange with ranges, one to three per notification, as VS Code sends them), opens,
// closes, saves, files written, created and deleted on disk (with workspace/didChangeWatchedFiles),
// and malformed messages — and after every step compares the diagnostics the server published for
// every open document with those of a fresh `inc check --format json` of the texts the server should
// see (open documents' buffers, the disk for the rest), written into a temporary folder.
//
// Usage: node sequence.js [--inc PATH] [--seed N] [--steps N] [--check-every N] [--memory] [--rss-growth-mb N] [--verbose]
//   --inc          the inc to test (default: the repository's ./inc; a path ending in .dll runs with dotnet)
//   --check-inc    the inc whose check is compared with (default: --inc)
//   --seed         the random seed (default: random; always printed, with the command that repeats the run)
//   --steps        the number of steps (default 400); with --memory, the number of edits (default 10000)
//   --full-text-every N  send every Nth change notification of a document as one full-text change (its text after the
//                  edits), as a full-text-sync client does; the others stay ranged (default: never; the sequence of steps is the same)
//   --check-every  compare with a fresh `inc check` every N steps (default 1; 250 with --memory); in
//                  between, a step waits only for the diagnostics of the document it changed
//   --memory       the memory mode: mostly edits; the server's VmRSS is read after the warm-up
//                  (the first 10% of the edits, at least 200) and at the end, and the growth must stay
//                  under --rss-growth-mb (default 32)
// Exit code: 0 when every comparison agreed, 1 at the first disagreement (the step, the texts and the
// difference are printed) or any other failure.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const { lineStarts, posAt, offsetAt, rangeOf, uriPath, startServer, initialize, P } = require('./lsp-client');

// ------------------------------------------------------------------------------- options

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback; };
const flag = name => argv.includes(name);
const memoryMode = flag('--memory');
const incPath = path.resolve(opt('--inc', path.join(__dirname, '..', '..', 'inc')));
// The inc whose `check` is the oracle (default: the one under test), e.g. the native build while a JIT server is tested.
const checkIncPath = path.resolve(opt('--check-inc', incPath));
const seed = Number(opt('--seed', String(Math.floor(Math.random() * 2 ** 31))));
// In the memory mode the run is counted in edits (edit steps), not in steps.
const steps = Number(opt('--steps', opt('--edits', memoryMode ? '10000' : '400')));
const checkEvery = Number(opt('--check-every', memoryMode ? '250' : '1'));
const fullTextEvery = Number(opt('--full-text-every', '0'));
const rssGrowthBoundKiB = Number(opt('--rss-growth-mb', '32')) * 1024;
const verbose = flag('--verbose');
const TODAY = '2026-01-15';
const SETTLE_TIMEOUT_MS = Number(opt('--settle-timeout-ms', '20000'));

const repeat = `node tests/lsp-e2e/sequence.js --seed ${seed} --steps ${steps}${memoryMode ? ' --memory' : ''}${argv.includes('--check-every') ? ` --check-every ${checkEvery}` : ''}${argv.includes('--inc') ? ` --inc ${incPath}` : ''}${argv.includes('--check-inc') ? ` --check-inc ${checkIncPath}` : ''}${fullTextEvery ? ` --full-text-every ${fullTextEvery}` : ''}`;
console.log(`lsp sequence: seed ${seed}, ${steps} ${memoryMode ? 'edits' : 'steps'}, a fresh check every ${checkEvery} step(s)${memoryMode ? ', memory mode' : ''}; inc: ${incPath}`);
console.log(`  repeat with: ${repeat}`);

// mulberry32: a small seeded generator, so a seed always gives the same sequence.
let rngState = seed >>> 0;
function random() {
  rngState = (rngState + 0x6D2B79F5) >>> 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = n => Math.floor(random() * n);
const pick = xs => xs[int(xs.length)];
function weighted(table) {
  const total = table.reduce((s, [w]) => s + w, 0);
  let r = random() * total;
  for (const [w, v] of table) { if ((r -= w) < 0) return v; }
  return table[table.length - 1][1];
}

// ------------------------------------------------------------------------------- the project

const CONFIG = '{\n  "catalogs": ["catalog/**/*.inc"]\n}\n';
const CONFIG_WITH_RULES = '{\n  "catalogs": ["catalog/**/*.inc"],\n  "rules": { "INC2003": "none", "INC2002": "error" }\n}\n';
const CONFIG_BROKEN = '{\n  "catalogs": ["catalog/**/*.inc"\n  "rules": {\n';
const CONFIGS = [['without rules', CONFIG], ['with rules', CONFIG_WITH_RULES], ['broken JSON', CONFIG_BROKEN], ['deleted', null]];
const AGENCIES = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'catalog', 'agencies.inc'), 'utf8');
const ACTORS = `// Shared actors and targets.
actor darkside {
  name: "DarkSide"
  kind: criminal
  motive: financial
}

target pipeline-co {
  name: "Pipeline Company"
  kind: organization
  sector: energy
  country: US
}
`;
const incident = (name, sources) => `// An incident that uses the shared catalog.
incident ${name} {
  title: "Ransomware attack on a pipeline operator (${name})"
  reported: 2021-06-15
  status: resolved
  tlp: clear
  tags: ["ransomware", "energy"]
  summary: "A ransomware attack halted pipeline operations for several days."

  source local-press {
    name: "A newspaper"
    kind: press
    reliability: C
    published: 2021-05-19
  }

  claim responsible {
    text: "DarkSide ransomware was responsible for the compromise."
    actors: [darkside]
    targets: [pipeline-co]
    action: compromise
    confidence: high
    sources: [${sources.join(', ')}]
  }

  statement attribution {
    by: fbi
    via: fbi
    text: "The FBI attributed the compromise to DarkSide."
    stance: confirms
    regarding: [responsible]
    date: 2021-05-10
  }

  event {
    date: 2021-05-07
    text: "The operator learns of the attack and halts operations."
    sources: [local-press]
  }
}
`;
const ORIGINALS = {
  'incidentlang.json': CONFIG,
  'catalog/agencies.inc': AGENCIES,
  'catalog/actors.inc': ACTORS,
  'alpha.inc': incident('alpha', ['fbi', 'cisa']),
  'beta.inc': incident('beta', ['doj', 'local-press']),
  'reports/gamma.inc': incident('gamma', ['nsa', 'fbi', 'white-house']),
};
// Files that may be created (and deleted) during the run.
const EXTRA = {
  'catalog/more.inc': 'source extra-agency {\n  name: "Another agency"\n  kind: government\n  reliability: B\n}\n',
  'reports/delta.inc': incident('delta', ['extra-agency', 'cisa']),
  'catalog/dup.inc': 'actor darkside {\n  name: "DarkSide again"\n  kind: criminal\n}\n',
};
const INC_FILES = [...Object.keys(ORIGINALS), ...Object.keys(EXTRA)].filter(f => f.endsWith('.inc'));

// Text inserted by edits: tokens of the language, names (declared and not), trivia, whole lines and
// declarations, line breaks of every kind, and characters outside the BMP (surrogate pairs in UTF-16).
const NAMES = ['fbi', 'cisa', 'doj', 'nsa', 'white-house', 'darkside', 'pipeline-co', 'local-press', 'responsible', 'attribution', 'extra-agency', 'fbl', 'darksid', 'ghost'];
const SNIPPETS = [
  ' ', ' ', '\n', '\r\n', '  ', '{', '}', '[', ']', ':', ',', '"', '"""', '//', '/* c */', '-', 'x', 'é', '😀', '\t',
  'incident', 'source', 'actor', 'claim', 'event', 'statement', 'target', 'tlp: red', 'status: open', 'confidence: low',
  '2021-05-07', '2099-01-01', 'T1190', 'CVE-2023-34362', '1.2.3.4', 'hxxp://evil[.]com', 'http://evil.com',
  '// inc-disable-next-line INC2003\n', '\n  source s2 {\n    name: "S"\n    kind: press\n  }\n',
  '\n  actor darkside {\n    name: "Local DarkSide"\n    kind: criminal\n  }\n', '\nsource fbi {\n  name: "FBI again"\n  kind: government\n}\n',
  '    sources: [fbi]\n', '"unterminated', '\n  event {\n    date: 2021-05-08\n    text: "More."\n  }\n',
];

// ------------------------------------------------------------------------------- state

const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inc-lsp-seq-')));
const checkRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inc-lsp-seq-check-')));
const fileUri = rel => pathToFileURL(path.join(workspace, rel)).href;
const disk = new Map();      // rel -> text: what is on disk
const open = new Map();      // rel -> { text, version }: the editor's buffers
const everOpened = new Set();
for (const [rel, text] of Object.entries(ORIGINALS)) writeDisk(rel, text);

function writeDisk(rel, text) {
  const full = path.join(workspace, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  disk.set(rel, text);
}
function deleteDisk(rel) { fs.rmSync(path.join(workspace, rel), { force: true }); disk.delete(rel); }

// Offsets never split a surrogate pair or a "\r\n" (an editor cannot put the cursor there).
function snap(text, offset) {
  if (offset > 0 && offset < text.length) {
    const prev = text.charCodeAt(offset - 1), cur = text.charCodeAt(offset);
    if ((prev >= 0xD800 && prev <= 0xDBFF && cur >= 0xDC00 && cur <= 0xDFFF) || (prev === 13 && cur === 10)) return offset - 1;
  }
  return offset;
}
function randomEditOf(text) {
  const kind = weighted([[4, 'insert'], [3, 'delete'], [2, 'replace'], [3, 'rename'], [1, 'line']]);
  const near = () => snap(text, int(text.length + 1));
  if (kind === 'rename') {
    const words = [...text.matchAll(/[A-Za-z][A-Za-z0-9_-]*/g)];
    if (words.length) {
      const w = pick(words);
      return { start: w.index, end: w.index + w[0].length, text: pick(random() < 0.8 ? NAMES : [w[0] + 'x', w[0].slice(0, -1), 'source', 'incident']) };
    }
  }
  if (kind === 'line') { // delete or duplicate a whole line
    const starts = lineStarts(text), line = int(starts.length);
    const s = starts[line], e = line + 1 < starts.length ? starts[line + 1] : text.length;
    return random() < 0.5 ? { start: s, end: e, text: '' } : { start: s, end: s, text: text.slice(s, e) };
  }
  const start = near();
  const end = kind === 'insert' ? start : snap(text, Math.min(text.length, start + 1 + int(random() < 0.8 ? 12 : 200)));
  return { start, end: Math.max(start, end), text: kind === 'delete' ? '' : pick(SNIPPETS) };
}
const applyEdit = (text, e) => text.slice(0, e.start) + e.text + text.slice(e.end);
// A random ranged edit of a text, biased back toward the original when the text has grown too much.
function mutate(text, original) {
  if (text.length > 3 * original.length + 200) return { start: 0, end: text.length, text: original };
  return randomEditOf(text);
}

// ------------------------------------------------------------------------------- the server and the oracle

const client = startServer(incPath, { cwd: workspace });
const results = { steps: 0, compared: 0, malformed: 0, counts: {} };

function serverView() {
  // What the server should compile: every .inc under the folder, open buffers winning over the disk.
  const view = new Map(disk);
  for (const [rel, d] of open) view.set(rel, d.text);
  return view;
}
// The diagnostics a fresh `inc check --format json` reports for the view, by file, in LSP form.
function freshCheck(view) {
  fs.rmSync(checkRoot, { recursive: true, force: true });
  fs.mkdirSync(checkRoot, { recursive: true });
  for (const [rel, text] of view) {
    const full = path.join(checkRoot, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  const [cmd, args] = checkIncPath.endsWith('.dll') ? ['dotnet', [checkIncPath]] : [checkIncPath, []];
  const r = spawnSync(cmd, [...args, 'check', '--format', 'json', '--today', TODAY, '.'], { cwd: checkRoot, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, INC_NO_NATIVE: process.env.INC_NO_NATIVE || '' } });
  let report;
  try { report = JSON.parse(r.stdout); } catch { throw new Error(`inc check did not print JSON (exit ${r.status}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 2000)}`); }
  const byFile = new Map();
  for (const d of report.diagnostics) {
    const rel = path.relative(checkRoot, path.resolve(checkRoot, d.file)).split(path.sep).join('/');
    if (!byFile.has(rel)) byFile.set(rel, []);
    byFile.get(rel).push(key({
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
      severity: { error: 1, warning: 2, info: 3 }[d.severity], code: d.id, message: d.message,
    }));
  }
  for (const list of byFile.values()) list.sort();
  return byFile;
}
const key = d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;
const publishedFor = rel => client.lastPublished.get(path.join(workspace, rel));

// Waits until the server's latest publication for every open document is of its current version and
// equals the fresh check's, and the latest for every closed one is empty. Returns null, or the difference.
async function compareWithFreshCheck() {
  const expected = freshCheck(serverView());
  results.compared++;
  const differences = () => {
    const diffs = [];
    for (const [rel, d] of open) {
      const p = publishedFor(rel);
      const want = expected.get(rel) || [];
      if (!p) { diffs.push({ rel, problem: 'nothing published', want }); continue; }
      if (p.version !== d.version) { diffs.push({ rel, problem: `published version ${p.version}, the document is at ${d.version}` }); continue; }
      const got = p.diagnostics.map(key).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push({ rel, problem: 'diagnostics differ', missing: want.filter(x => !got.includes(x)), unexpected: got.filter(x => !want.includes(x)) });
    }
    for (const rel of everOpened) {
      if (open.has(rel)) continue;
      const p = publishedFor(rel);
      if (p && p.diagnostics.length) diffs.push({ rel, problem: 'closed, but its last publication is not empty', got: p.diagnostics.map(key) });
    }
    return diffs;
  };
  try {
    await client.waitFor(() => differences().length === 0, SETTLE_TIMEOUT_MS, 'the published diagnostics to agree with inc check');
    return null;
  } catch (e) {
    if (!/^timeout/.test(e.message)) throw e;
    return differences();
  }
}
// Between full comparisons: wait for the diagnostics of the document just changed (its version).
async function waitForVersion(rel) {
  const d = open.get(rel);
  if (!d) return;
  await client.waitFor(() => { const p = publishedFor(rel); return p && p.version === d.version; }, SETTLE_TIMEOUT_MS, `publishDiagnostics of ${rel} version ${d.version}`);
}

// ------------------------------------------------------------------------------- steps

const changeKinds = { created: 1, changed: 2, deleted: 3 };
async function watched(rel, type) {
  await client.notify(P.DidChangeWatchedFilesNotification.method, { changes: [{ uri: fileUri(rel), type: changeKinds[type] }] });
}
async function didOpen(rel, text) {
  open.set(rel, { text, version: 1 });
  everOpened.add(rel);
  await client.notify(P.DidOpenTextDocumentNotification.method, { textDocument: { uri: fileUri(rel), languageId: 'incidentlang', version: 1, text } });
}
async function didChange(rel, edits) {
  const d = open.get(rel);
  // Each change's range is in the text as left by the previous change, as the protocol says.
  const contentChanges = [];
  for (const e of edits) {
    contentChanges.push({ range: rangeOf(d.text, e.start, e.end), text: e.text });
    d.text = applyEdit(d.text, e);
  }
  d.version++;
  if (fullTextEvery && d.version % fullTextEvery === 0) contentChanges.splice(0, contentChanges.length, { text: d.text });
  await client.notify(P.DidChangeTextDocumentNotification.method, { textDocument: { uri: fileUri(rel), version: d.version }, contentChanges });
}

// Malformed messages, each with the exact answer it must get (null: none), checked on the raw frames.
const MALFORMED = [
  { what: 'invalid JSON', bytes: () => frame('{"jsonrpc": "2.0", "id": 99001, "method": "textDocument/hover", "params": {'), expect: { id: null, code: -32700 } },
  { what: 'a JSON array, not a request object', bytes: () => frame('[1, 2]'), expect: { id: null, code: -32600 } },
  { what: 'a request whose method is a number', bytes: () => frame('{"jsonrpc": "2.0", "id": 99002, "method": 5}'), expect: { id: 99002, code: -32600 } },
  { what: 'an unknown request', bytes: () => frame('{"jsonrpc": "2.0", "id": "u-99003", "method": "incidentlang/noSuchMethod", "params": {}}'), expect: { id: 'u-99003', code: -32601 } },
  { what: 'hover without a position', bytes: () => frame(`{"jsonrpc": "2.0", "id": 99004, "method": "textDocument/hover", "params": {"textDocument": {"uri": ${JSON.stringify(fileUri('alpha.inc'))}}}}`), expect: { id: 99004, code: -32602 } },
  { what: 'an unknown notification (ignored)', bytes: () => frame('{"jsonrpc": "2.0", "method": "incidentlang/noSuchNotification", "params": {}}'), expect: null },
  { what: 'a header block without Content-Length', bytes: () => Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc": "2.0", "id": 99005, "method": "shutdown"}'), expect: { id: null, code: -32700 } },
  { what: 'a Content-Length that is not a number', bytes: () => Buffer.from('Content-Length: twelve\r\n\r\n{"jsonrpc": "2.0"}'), expect: { id: null, code: -32700 } },
];
function frame(body) { const b = Buffer.from(body, 'utf8'); return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]); }
async function sendMalformed() {
  const m = pick(MALFORMED);
  const mark = client.frames.length;
  await client.writeRaw(m.bytes());
  // A hover after it proves the server still reads and answers (and, for the framing cases, that it
  // found the next message); its answer also tells that everything before it was handled.
  const rel = [...open.keys()][0] || 'alpha.inc';
  await client.request(P.HoverRequest.method, { textDocument: { uri: fileUri(rel) }, position: { line: 1, character: 10 } });
  const errors = client.frames.slice(mark).filter(f => 'error' in f && !('method' in f));
  results.malformed++;
  if (m.expect === null) {
    if (errors.length) return `${m.what}: expected no answer, got ${JSON.stringify(errors)}`;
    return null;
  }
  const ok = errors.length === 1 && errors[0].id === m.expect.id && errors[0].error.code === m.expect.code && typeof errors[0].error.message === 'string' && errors[0].error.message.length > 0;
  return ok ? null : `${m.what}: expected one error ${JSON.stringify(m.expect)}, got ${JSON.stringify(errors)}`;
}

// One random step; returns { name, rel (the document whose version to wait for), failure }.
async function randomStep() {
  const closedExisting = INC_FILES.filter(f => !open.has(f) && disk.has(f));
  const kind = memoryMode
    ? weighted([[90, 'edit'], [3, 'revert'], [2, 'close'], [3, 'open'], [1, 'write'], [1, 'malformed']])
    : weighted([[50, 'edit'], [5, 'burst'], [8, 'open'], [6, 'close'], [5, 'save'], [6, 'write'], [4, 'delete'], [4, 'create'], [4, 'revert'], [2, 'config'], [1, 'open-new'], [5, 'malformed']]);
  const openRels = [...open.keys()];
  if ((kind === 'edit' || kind === 'burst' || kind === 'revert' || kind === 'close' || kind === 'save') && openRels.length === 0) return didOpenStep(closedExisting);
  switch (kind) {
    case 'edit': {
      const rel = pick(openRels), d = open.get(rel);
      const original = ORIGINALS[rel] || EXTRA[rel] || '';
      const edits = [];
      let text = d.text;
      for (let n = weighted([[8, 1], [2, 2], [1, 3]]); n > 0; n--) { const e = mutate(text, original); edits.push(e); text = applyEdit(text, e); }
      await didChange(rel, edits);
      return { name: `edit ${rel} (${edits.map(e => `${e.start}-${e.end}→${JSON.stringify(e.text.slice(0, 20))}`).join(', ')})`, rel };
    }
    case 'burst': { // typing: edits of several documents, disk writes, closes and opens sent back to back, without waiting
      const names = [];
      for (let n = 2 + int(7); n > 0; n--) {
        if (random() < 0.1 && open.size > 1) { // close a document just edited, or any
          const rel = pick([...open.keys()]);
          open.delete(rel);
          await client.notify(P.DidCloseTextDocumentNotification.method, { textDocument: { uri: fileUri(rel) } });
          names.push(`close ${rel}`);
          continue;
        }
        if (random() < 0.1) {
          const rel = pick(INC_FILES.filter(f => !open.has(f) && disk.has(f)));
          if (rel) { await didOpen(rel, disk.get(rel)); names.push(`open ${rel}`); continue; }
        }
        if (random() < 0.15) {
          const rel = pick([...disk.keys()].filter(f => f.endsWith('.inc') && !open.has(f)));
          if (rel) { writeDisk(rel, applyEdit(disk.get(rel), mutate(disk.get(rel), ORIGINALS[rel] || EXTRA[rel]))); await watched(rel, 'changed'); names.push(`write ${rel}`); continue; }
        }
        const rel = pick([...open.keys()]);
        await didChange(rel, [mutate(open.get(rel).text, ORIGINALS[rel] || EXTRA[rel] || '')]);
        names.push(`edit ${rel}`);
      }
      return { name: `burst (${names.join(', ')})` };
    }
    case 'revert': { // an undo-all: one ranged change over the whole document, back to the disk's text
      const rel = pick(openRels), d = open.get(rel);
      await didChange(rel, [{ start: 0, end: d.text.length, text: disk.get(rel) ?? ORIGINALS[rel] ?? EXTRA[rel] ?? '' }]);
      return { name: `revert ${rel}`, rel };
    }
    case 'open': return didOpenStep(closedExisting);
    case 'open-new': { // a document opened at a path that is not on disk (a new, unsaved file)
      const rel = pick(INC_FILES.filter(f => !open.has(f) && !disk.has(f)));
      if (!rel) return didOpenStep(closedExisting);
      await didOpen(rel, EXTRA[rel] || ORIGINALS[rel]);
      return { name: `open ${rel} (not on disk)`, rel };
    }
    case 'close': {
      const rel = pick(openRels);
      open.delete(rel);
      await client.notify(P.DidCloseTextDocumentNotification.method, { textDocument: { uri: fileUri(rel) } });
      return { name: `close ${rel}` };
    }
    case 'save': {
      const rel = pick(openRels), existed = disk.has(rel);
      writeDisk(rel, open.get(rel).text);
      await client.notify(P.DidSaveTextDocumentNotification.method, { textDocument: { uri: fileUri(rel) } });
      await watched(rel, existed ? 'changed' : 'created');
      return { name: `save ${rel}` };
    }
    case 'write': { // another program changes a file on disk (open or not)
      const rel = pick([...disk.keys()].filter(f => f.endsWith('.inc')));
      if (!rel) return { name: 'write (nothing on disk)' };
      const original = ORIGINALS[rel] || EXTRA[rel];
      const text = random() < 0.3 ? original : applyEdit(disk.get(rel), mutate(disk.get(rel), original));
      writeDisk(rel, text);
      await watched(rel, 'changed');
      return { name: `write ${rel} on disk` };
    }
    case 'delete': {
      const rel = pick([...disk.keys()].filter(f => f.endsWith('.inc')));
      if (!rel) return { name: 'delete (nothing on disk)' };
      deleteDisk(rel);
      await watched(rel, 'deleted');
      return { name: `delete ${rel} on disk${open.has(rel) ? ' (still open)' : ''}` };
    }
    case 'create': {
      const rel = pick(INC_FILES.filter(f => !disk.has(f)));
      if (!rel) return { name: 'create (every file exists)' };
      writeDisk(rel, EXTRA[rel] || ORIGINALS[rel]);
      await watched(rel, 'created');
      return { name: `create ${rel} on disk` };
    }
    case 'config': { // incidentlang.json rewritten (with or without rules, not JSON) or deleted
      const current = disk.get('incidentlang.json') ?? null;
      const [what, text] = pick(CONFIGS.filter(([, t]) => t !== current));
      if (text === null) deleteDisk('incidentlang.json'); else writeDisk('incidentlang.json', text);
      await watched('incidentlang.json', text === null ? 'deleted' : current === null ? 'created' : 'changed');
      return { name: `incidentlang.json ${what}` };
    }
    case 'malformed': {
      const failure = await sendMalformed();
      return { name: 'malformed message', failure };
    }
  }
  throw new Error(`unknown step ${kind}`);
}
async function didOpenStep(closedExisting) {
  const rel = pick(closedExisting.length ? closedExisting : INC_FILES.filter(f => !open.has(f)));
  if (!rel) return { name: 'open (everything is open)' };
  await didOpen(rel, disk.get(rel) ?? EXTRA[rel] ?? ORIGINALS[rel]);
  return { name: `open ${rel}`, rel };
}

// ------------------------------------------------------------------------------- main

async function main() {
  const t0 = Date.now();
  await initialize(client, pathToFileURL(workspace).href, TODAY);
  const tInit = Date.now();
  // Start with two documents open.
  await didOpen('alpha.inc', disk.get('alpha.inc'));
  await didOpen('catalog/agencies.inc', disk.get('catalog/agencies.inc'));
  let failure = await compareWithFreshCheck();
  if (failure) return fail('after the first opens', failure);

  const warmUp = Math.max(200, Math.floor(steps / 10));
  let rssWarm = null, rssPeak = 0;
  const rssSamples = [];
  let edits = 0;
  let i = 0;
  for (;;) {
    i++;
    const step = await randomStep();
    results.steps++;
    const kindName = step.name.split(' ')[0];
    results.counts[kindName] = (results.counts[kindName] || 0) + 1;
    if (kindName === 'edit') edits++;
    const last = memoryMode ? edits >= steps : i >= steps;
    if (verbose) console.log(`  step ${i}: ${step.name}`);
    if (step.failure) return fail(`step ${i}: ${step.name}`, step.failure);
    if (i % checkEvery === 0 || last) {
      failure = await compareWithFreshCheck();
      if (failure) return fail(`step ${i}: ${step.name}`, failure);
    } else if (step.rel) {
      await waitForVersion(step.rel);
    }
    if (memoryMode && kindName === 'edit' && (edits === warmUp || edits % 500 === 0 || last)) {
      const rss = client.rssKiB();
      rssSamples.push([edits, rss]);
      rssPeak = Math.max(rssPeak, rss || 0);
      if (edits === warmUp) rssWarm = rss;
    }
    if (!verbose && i % (memoryMode ? 1000 : 100) === 0) console.log(`  ${i} steps, ${edits} edits, ${results.compared} comparisons, ${Math.round((Date.now() - tInit) / 1000)} s`);
    if (last) break;
  }
  // At the end, after a quiet moment, every publication still agrees (nothing late overwrote it).
  await new Promise(r => setTimeout(r, 500));
  failure = await compareWithFreshCheck();
  if (failure) return fail('at the end, after a quiet moment', failure);

  const seconds = (Date.now() - tInit) / 1000;
  console.log(`ok   ${i} steps (${edits} edits), ${results.compared} comparisons with a fresh inc check, ${results.malformed} malformed messages answered; ${seconds.toFixed(1)} s (initialize ${((tInit - t0) / 1000).toFixed(1)} s)`);
  console.log(`     steps by kind: ${Object.entries(results.counts).sort().map(([k, n]) => `${k} ${n}`).join(', ')}; publications ${client.publishCount}`);
  if (memoryMode) {
    const rssEnd = rssSamples[rssSamples.length - 1][1];
    console.log(`     VmRSS after the warm-up (edit ${warmUp}): ${(rssWarm / 1024).toFixed(1)} MiB; at the end (edit ${edits}): ${(rssEnd / 1024).toFixed(1)} MiB; peak sample ${(rssPeak / 1024).toFixed(1)} MiB`);
    console.log(`     samples (edits: MiB): ${rssSamples.map(([s, r]) => `${s}: ${(r / 1024).toFixed(1)}`).join(', ')}`);
    if (rssWarm === null || rssEnd === null) { console.log('FAIL VmRSS could not be read (/proc)'); return finish(1); }
    if (rssEnd - rssWarm > rssGrowthBoundKiB) { console.log(`FAIL VmRSS grew by ${((rssEnd - rssWarm) / 1024).toFixed(1)} MiB, more than ${rssGrowthBoundKiB / 1024} MiB`); return finish(1); }
    console.log(`ok   VmRSS grew by ${((rssEnd - rssWarm) / 1024).toFixed(1)} MiB (bound ${rssGrowthBoundKiB / 1024} MiB)`);
  }
  // Shut down cleanly.
  await client.request(P.ShutdownRequest.method, undefined);
  await client.notify(P.ExitNotification.method);
  const ex = await Promise.race([client.exited, new Promise(r => setTimeout(() => r(null), 10_000))]);
  if (!ex || ex.code !== 0) { console.log(`FAIL the server did not exit with 0 after shutdown and exit: ${JSON.stringify(ex)}`); return finish(1); }
  if (client.problems.length) { console.log(`FAIL ${client.problems[0]}`); return finish(1); }
  return finish(0);
}

function fail(where, failure) {
  console.log(`FAIL ${where}: the server's diagnostics differ from a fresh inc check (seed ${seed})`);
  console.log(typeof failure === 'string' ? `  ${failure}` : JSON.stringify(failure, null, 2).split('\n').map(l => `  ${l}`).join('\n'));
  for (const [rel, d] of open) console.log(`--- open ${rel} (version ${d.version}):\n${d.text}`);
  console.log(`--- on disk: ${[...disk.keys()].join(', ')}`);
  console.log(`server stderr (tail):\n${client.stderr.slice(-3000)}`);
  console.log(`repeat with: ${repeat}`);
  return finish(1);
}
function finish(code) {
  client.kill();
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(checkRoot, { recursive: true, force: true });
  process.exit(code);
}

main().catch(e => { console.log(`FAIL ${e.stack || e}`); console.log(`server stderr (tail):\n${client.stderr.slice(-3000)}`); console.log(`repeat with: ${repeat}`); finish(1); });
