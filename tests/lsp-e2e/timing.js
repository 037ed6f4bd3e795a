#!/usr/bin/env node
// Timing mode of the language-server end-to-end tests: what an editor sees, across a real `inc lsp` process.
//
// Scenarios (each a median over N samples; a sample is the time from sending the change to receiving the
// textDocument/publishDiagnostics of that document version, or from a request to its response):
//   large-ranged     a character typed into a claim of the 2,000-claim incident (ranged didChange, as VS Code sends it)
//   large-vscode     the same, followed as VS Code does by semantic tokens (in full once, then deltas), documentSymbol and
//                    foldingRange requests; the next edit waits for their answers, as VS Code keeps one round in flight
//   large-broken     an edit that breaks the syntax there (a '{' inserted, then removed: both directions measured)
//   large-fulltext   a client that sends the full text on every change
//   folder-500       a character typed into one report of a 500-report folder with a catalog
//   folder-5         the same in a 5-report folder (the cost must not depend on the folder's size)
//   completion       completion inside a claim of the 2,000-claim incident
//
// Usage: node timing.js [PATH_TO_INC] [--samples N] [--short] [--claims N] [--files N] [--gap MS] [--only NAME,NAME...]
//   --short  a smoke run (3 samples, 200 claims, 50 files): checks every scenario works, asserts no timing.
//   --gap    a pause of MS milliseconds after each change's diagnostics before the next change, as between a person's
//            keystrokes (default 0: the next change is sent as soon as the diagnostics arrive).
//   --only   runs only the named scenarios (e.g. --only large-ranged,large-fulltext); the large file's warm-up always runs.
// Prints one line per scenario: median, min, max and the samples in ms; exit 0 when every scenario
// produced its samples, 1 otherwise (a missing diagnostics notification times out after 30 s).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const rpc = require('vscode-jsonrpc/node');
const P = require('vscode-languageserver-protocol');

const args = process.argv.slice(2);
const flag = name => args.includes(name);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback; };
const short = flag('--short');
const samples = option('--samples', short ? 3 : 21);
const claims = option('--claims', short ? 200 : 2000);
const gap = option('--gap', 0);
const files = option('--files', short ? 50 : 500);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 && onlyAt + 1 < args.length ? args[onlyAt + 1].split(',') : null;
const selected = name => !only || only.includes(name);
if (flag('--help')) {
  console.log('usage: node timing.js [PATH_TO_INC] [--samples N] [--short] [--claims N] [--files N] [--gap MS] [--only NAME,NAME...]\n'
    + 'scenarios: large-ranged large-vscode large-broken large-fulltext completion folder-500 (or folder-N with --files N) folder-5');
  process.exit(0);
}
const incPath = path.resolve(args.find((a, i) => !a.startsWith('--') && isNaN(Number(a)) && (onlyAt < 0 || i !== onlyAt + 1)) || path.join(__dirname, '..', '..', 'inc'));
const TIMEOUT_MS = 30_000;

const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
const median = xs => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
const sleep = ms => new Promise(r => setTimeout(r, ms));

// The text of bench/IncidentLang.Benchmarks/LargeIncident.Generate(n), byte for byte.
function largeIncident(n) {
  const parts = ['incident large {\n  title: "A large generated incident"\n  reported: 2025-01-10\n  summary: "Generated for benchmarks."\n\n'];
  for (let s = 0; s < 20; s++) {
    parts.push(`  source src-${s} {\n    name: "Source number ${s}"\n    kind: press\n    reliability: B\n    published: 2024-11-${String((s % 28) + 1).padStart(2, '0')}\n    note: "A note about source ${s}, long enough to look like a real one written by an analyst."\n  }\n\n`);
    parts.push(`  actor actor-${s} {\n    name: "Actor number ${s}"\n    kind: criminal\n    country: RU\n  }\n\n`);
    parts.push(`  target target-${s} {\n    name: "Target number ${s}"\n    kind: organization\n    sector: telecommunications\n    country: US\n  }\n\n`);
  }
  for (let c = 0; c < n; c++) {
    parts.push(`  claim claim-${c} {\n    text: "Claim ${c}: the actor accessed the target's network and copied records over several weeks, according to the cited sources and to the victim's own statement to the press."\n    actors: [actor-${c % 20}]\n    targets: [target-${(c * 7) % 20}, target-${(c * 3 + (c % 5 === 0 ? 1 : 0)) % 20}]\n    action: access\n    confidence: moderate\n    likelihood: likely\n    sources: [src-${c % 20}, src-${(c + 1) % 20}]\n    first-seen: 2024-10\n    last-seen: 2024-11-01\n  }\n\n`);
  }
  parts.push('}\n');
  return parts.join('');
}

// A small report that uses the folder's catalog (catalog.inc), about 1 KB.
function smallReport(i) {
  return `incident report-${i} {\n  title: "Report ${i}"\n  reported: 2025-03-01\n  summary: "A small report in a large folder."\n\n  target victim {\n    name: "Victim ${i}"\n    kind: organization\n  }\n\n  claim access {\n    text: "The actor accessed the victim's network."\n    actors: [shared-actor]\n    targets: [victim]\n    action: access\n    confidence: moderate\n    sources: [shared-source]\n  }\n}\n`;
}
const catalog = 'source shared-source {\n  name: "A shared source"\n  kind: press\n  reliability: B\n  url: "https://example.com"\n}\n\nactor shared-actor {\n  name: "A shared actor"\n  kind: criminal\n}\n';

function lineStarts(text) { const s = [0]; for (let i = 0; i < text.length; i++) if (text[i] === '\n') s.push(i + 1); return s; }
function posAt(starts, offset) {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return { line: lo, character: offset - starts[lo] };
}

class Server {
  constructor(root) {
    this.child = spawn(incPath, ['lsp'], { cwd: path.dirname(incPath), stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', d => { this.stderr += d; });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
    this.waiters = [];
    this.conn.onNotification(P.PublishDiagnosticsNotification.type, p => {
      const t = now();
      this.waiters = this.waiters.filter(w => (w.uri === p.uri && p.version === w.version ? (w.resolve({ t, p }), false) : true));
    });
    this.conn.onRequest(() => null);
    this.conn.listen();
    this.root = root;
  }
  diagnostics(uri, version) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      this.waiters.push({ uri, version, resolve: v => { clearTimeout(timer); resolve(v); } });
    });
  }
  async start() {
    await this.conn.sendRequest(P.InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(this.root).href, capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'timing' }],
    });
    this.conn.sendNotification(P.InitializedNotification.type, {});
  }
  async open(file, text) {
    const uri = pathToFileURL(file).href;
    const wait = this.diagnostics(uri, 1);
    this.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'incidentlang', version: 1, text } });
    await wait;
    return { uri, text, version: 1 };
  }
  // Applies one edit (offset, deleted length, inserted text) and returns the ms until its diagnostics arrive.
  async change(doc, offset, deleted, inserted, { full = false, vscode = false } = {}) {
    // As VS Code, one round of whole-file requests at a time per document: the previous round's answers are in before the next edit.
    if (doc.pending) { await doc.pending; doc.pending = null; }
    const starts = lineStarts(doc.text);
    const range = { start: posAt(starts, offset), end: posAt(starts, offset + deleted) };
    doc.text = doc.text.slice(0, offset) + inserted + doc.text.slice(offset + deleted);
    doc.version++;
    const wait = this.diagnostics(doc.uri, doc.version);
    const t0 = now();
    this.conn.sendNotification(P.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: [full ? { text: doc.text } : { range, rangeLength: deleted, text: inserted }],
    });
    if (vscode) {
      // Semantic tokens as VS Code asks for them from a server that offers deltas: in full the first time, then as the edits
      // from the last result it holds.
      const td = { textDocument: { uri: doc.uri } };
      const tokens = doc.tokensId
        ? this.conn.sendRequest('textDocument/semanticTokens/full/delta', { ...td, previousResultId: doc.tokensId })
        : this.conn.sendRequest('textDocument/semanticTokens/full', td);
      doc.pending = Promise.all([
        tokens.then(r => { doc.tokensId = r && r.resultId; }),
        this.conn.sendRequest('textDocument/documentSymbol', td),
        this.conn.sendRequest('textDocument/foldingRange', td),
      ]);
    }
    const { t } = await wait;
    if (gap) await sleep(gap);
    return t - t0;
  }
  async request(method, params) { const t0 = now(); await this.conn.sendRequest(method, params); return now() - t0; }
  async stop() {
    try { await this.conn.sendRequest(P.ShutdownRequest.type); this.conn.sendNotification(P.ExitNotification.type); } catch { }
    await Promise.race([new Promise(r => this.child.on('exit', r)), sleep(3000)]);
    this.child.kill();
  }
}

const results = [];
function report(name, xs) {
  const r = x => Math.round(x * 10) / 10;
  results.push({ name, median: median(xs) });
  console.log(`${name.padEnd(16)} median ${String(r(median(xs))).padStart(7)} ms   min ${r(Math.min(...xs))}   max ${r(Math.max(...xs))}   [${xs.map(r).join(', ')}]`);
}

async function large(tmp) {
  const dir = path.join(tmp, 'large');
  fs.mkdirSync(dir, { recursive: true });
  const text = largeIncident(claims);
  fs.writeFileSync(path.join(dir, 'large.inc'), text);
  const server = new Server(dir);
  try {
    await server.start();
    const doc = await server.open(path.join(dir, 'large.inc'), text);
    // Inside the text of the claim in the middle of the file.
    const at = doc.text.indexOf('Claim ', doc.text.indexOf(`claim claim-${Math.floor(claims / 2)} {`)) + 6;
    const typing = async options => {
      const xs = [];
      for (let i = 0; i < samples * 2; i++) xs.push(await server.change(doc, at, i % 2 ? 1 : 0, i % 2 ? '' : 'x', options));
      return xs;
    };
    await typing(); // warm-up
    if (selected('large-ranged')) report('large-ranged', await typing());
    if (selected('large-vscode')) report('large-vscode', await typing({ vscode: true }));
    if (selected('large-broken')) {
      const broken = [];
      const brace = doc.text.indexOf('\n', doc.text.indexOf(`claim claim-${Math.floor(claims / 2)} {`));
      for (let i = 0; i < samples * 2; i++) broken.push(await server.change(doc, brace, i % 2 ? 1 : 0, i % 2 ? '' : '{'));
      report('large-broken', broken);
    }
    if (selected('large-fulltext')) report('large-fulltext', await typing({ full: true }));
    if (selected('completion')) {
      const completion = [];
      const where = posAt(lineStarts(doc.text), doc.text.indexOf('confidence: moderate', at) + 'confidence: '.length);
      for (let i = 0; i < samples + 3; i++) completion.push(await server.request('textDocument/completion', { textDocument: { uri: doc.uri }, position: where }));
      report('completion', completion.slice(3));
    }
  } finally {
    await server.stop();
    if (process.env.INC_LSP_TIMING) process.stderr.write(server.stderr);
  }
}

async function folder(tmp, count) {
  const dir = path.join(tmp, `folder-${count}`);
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `part-${Math.floor(i / 100)}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `report-${i}.inc`), smallReport(i));
  }
  fs.writeFileSync(path.join(dir, 'catalog.inc'), catalog);
  const server = new Server(dir);
  try {
    await server.start();
    const file = path.join(dir, 'part-0', 'report-0.inc');
    const doc = await server.open(file, fs.readFileSync(file, 'utf8'));
    const at = doc.text.indexOf('accessed');
    const xs = [];
    for (let i = 0; i < samples * 2 + 4; i++) xs.push(await server.change(doc, at, i % 2 ? 1 : 0, i % 2 ? '' : 'x'));
    report(`folder-${count}`, xs.slice(4));
  } finally {
    await server.stop();
    if (process.env.INC_LSP_TIMING) process.stderr.write(server.stderr);
  }
}

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inc-lsp-timing-'));
  let failed = false;
  console.log(`inc lsp timing: ${incPath}, ${samples} samples, ${claims} claims, ${files}-file folder, ${gap} ms between changes; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()} ${os.release()}`);
  try {
    if (['large-ranged', 'large-vscode', 'large-broken', 'large-fulltext', 'completion'].some(selected)) await large(tmp);
    if (selected(`folder-${files}`)) await folder(tmp, files);
    if (selected('folder-5')) await folder(tmp, 5);
  } catch (e) {
    failed = true;
    console.log(`FAIL ${e.message}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const expected = ['large-ranged', 'large-vscode', 'large-broken', 'large-fulltext', 'completion', `folder-${files}`, 'folder-5'];
  const missing = expected.filter(selected).filter(n => !results.some(r => r.name === n && Number.isFinite(r.median)));
  if (missing.length) { failed = true; console.log(`FAIL no samples for ${missing.join(', ')}`); }
  console.log(failed ? 'timing: FAILED' : 'timing: every scenario measured');
  process.exit(failed ? 1 : 0);
})();
