#!/usr/bin/env node
// End-to-end test of the IncidentLang language server (`inc lsp`, spec §8).
//
// Drives the real server process over stdio with the vscode-languageserver-protocol client
// library, as an editor does: a temporary copy of examples/ is the workspace folder (so its
// incidentlang.json and catalog/agencies.inc apply), documents are opened and edited with
// incremental didChange notifications, and every feature the server advertises is exercised
// with exact expectations computed from the example texts.
//
// Usage: node e2e.js [PATH_TO_INC]      (default: ../../inc relative to this script)
// Prints one line per check ("ok  ..." or "FAIL ..."), then timings and a summary.
// Exit code: 0 when every check passed, 1 otherwise (including the 120 s overall timeout).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL, fileURLToPath } = require('url');
const rpc = require('vscode-jsonrpc/node');
const P = require('vscode-languageserver-protocol');

const OVERALL_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 15_000;
const DIAGNOSTICS_TIMEOUT_MS = 15_000;

const incPath = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'inc'));
const repoRoot = path.dirname(incPath);
const examplesDir = path.join(repoRoot, 'examples');
if (!fs.existsSync(path.join(examplesDir, 'salt-typhoon.inc'))) { console.log(`FAIL no examples/salt-typhoon.inc next to ${incPath}`); process.exit(1); }

// ---------------------------------------------------------------------------------------------
// Reporting

const results = [];
let currentStep = '';
function check(name, cond, detail) {
  const label = currentStep ? `[${currentStep}] ${name}` : name;
  results.push({ name: label, ok: !!cond });
  if (cond) console.log(`ok   ${label}`);
  else console.log(`FAIL ${label}${detail !== undefined ? `\n       ${short(detail)}` : ''}`);
  return !!cond;
}
function short(x, max = 1200) {
  const s = typeof x === 'string' ? x : JSON.stringify(x);
  return s === undefined ? String(x) : s.length > max ? s.slice(0, max) + ' …' : s;
}
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const median = xs => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000; // ms, fractional
const sleep = ms => new Promise(r => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Text helpers (JavaScript strings are UTF-16, so offsets and LSP characters agree)

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
function posAt(text, offset) {
  const starts = lineStarts(text);
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return { line: lo, character: offset - starts[lo] };
}
// Offset of an LSP position, clamped the way the protocol says (a character past the end of
// its line means the end of the line; a line past the end of the document means its end).
function offsetAt(text, pos) {
  const starts = lineStarts(text);
  if (pos.line >= starts.length) return text.length;
  const lineStart = starts[pos.line];
  let lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] - 1 : text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  return Math.min(lineStart + pos.character, lineEnd);
}
const rangeOf = (text, start, end) => ({ start: posAt(text, start), end: posAt(text, end) });
const rangeKey = r => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

// Blanks out comments and string contents (keeping offsets), so names can be found with a regex.
function maskCommentsAndStrings(text) {
  const out = text.split('');
  let i = 0;
  const blank = (a, b) => { for (let k = a; k < b; k++) if (out[k] !== '\n') out[k] = ' '; };
  while (i < text.length) {
    if (text.startsWith('//', i)) { const e = text.indexOf('\n', i); const end = e < 0 ? text.length : e; blank(i, end); i = end; }
    else if (text.startsWith('/*', i)) { const e = text.indexOf('*/', i + 2); const end = e < 0 ? text.length : e + 2; blank(i, end); i = end; }
    else if (text.startsWith('"""', i)) { const e = text.indexOf('"""', i + 3); const end = e < 0 ? text.length : e + 3; blank(i, end); i = end; }
    else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      const end = Math.min(j + 1, text.length); blank(i, end); i = end;
    } else i++;
  }
  return out.join('');
}
const NAME_CHAR = 'A-Za-z0-9_\\-';
// Code (not comment/string) occurrences of a name, as [start, end) offsets.
function nameOccurrences(text, name) {
  const masked = maskCommentsAndStrings(text);
  const re = new RegExp(`(?<![${NAME_CHAR}])${name.replace(/[-]/g, '\\-')}(?![${NAME_CHAR}])`, 'g');
  const res = [];
  for (let m; (m = re.exec(masked));) res.push([m.index, m.index + name.length]);
  return res;
}
// Offset of the name in "<keyword> <name> {".
function declNameOffset(text, keyword, name) {
  const masked = maskCommentsAndStrings(text);
  const m = new RegExp(`(?<![${NAME_CHAR}])${keyword}\\s+(${name.replace(/-/g, '\\-')})\\s*\\{`).exec(masked);
  if (!m) throw new Error(`no declaration "${keyword} ${name}"`);
  return m.index + m[0].indexOf(name, keyword.length);
}
// Names declared with a keyword (e.g. every "actor NAME {").
function declaredNames(text, keyword) {
  const masked = maskCommentsAndStrings(text);
  const re = new RegExp(`(?<![${NAME_CHAR}])${keyword}\\s+([A-Za-z][${NAME_CHAR}]*)\\s*\\{`, 'g');
  const res = [];
  for (let m; (m = re.exec(masked));) res.push(m[1]);
  return res;
}
// Offsets of the occurrences of a name inside "<prop>: [ ... ]" lists.
function usesInLists(text, prop, name) {
  const masked = maskCommentsAndStrings(text);
  const re = new RegExp(`(?<![${NAME_CHAR}])${prop}\\s*:\\s*\\[([^\\]]*)\\]`, 'g');
  const res = [];
  for (let m; (m = re.exec(masked));) {
    const inner = m[1], innerStart = m.index + m[0].indexOf('[') + 1;
    const re2 = new RegExp(`(?<![${NAME_CHAR}])${name.replace(/-/g, '\\-')}(?![${NAME_CHAR}])`, 'g');
    for (let n; (n = re2.exec(inner));) res.push(innerStart + n.index);
  }
  return res;
}
// Offset of `needle` inside the first line of `text` that contains `lineNeedle` (after `after`).
function findInLine(text, lineNeedle, needle, after = 0) {
  const ls = text.indexOf(lineNeedle, after);
  if (ls < 0) throw new Error(`text not found: ${lineNeedle}`);
  const o = text.indexOf(needle, ls);
  if (o < 0 || o > ls + lineNeedle.length) throw new Error(`"${needle}" not in "${lineNeedle}"`);
  return o;
}
function applyTextEdits(text, edits) {
  const spans = edits.map(e => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e);
  for (let i = 1; i < spans.length; i++) if (spans[i].e > spans[i - 1].s) throw new Error('overlapping text edits');
  for (const sp of spans) text = text.slice(0, sp.s) + sp.t + text.slice(sp.e);
  return text;
}
// Text edits of a WorkspaceEdit, per normalized file path.
function workspaceEditByPath(we) {
  const by = new Map();
  const add = (uri, edits) => { const k = uriPath(uri); by.set(k, [...(by.get(k) || []), ...edits]); };
  if (!we) return by;
  if (we.documentChanges) for (const dc of we.documentChanges) {
    if (dc.kind) throw new Error(`unexpected resource operation ${dc.kind}`);
    add(dc.textDocument.uri, dc.edits);
  }
  if (we.changes) for (const [uri, edits] of Object.entries(we.changes)) add(uri, edits);
  return by;
}
function uriPath(uri) {
  try { return path.resolve(fileURLToPath(uri)); } catch { return uri; }
}
const labelsOf = r => (Array.isArray(r) ? r : r?.items || []).map(i => i.label);
const hoverText = h => {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map(x => typeof x === 'string' ? x : x.value).join('\n');
  return c.value;
};
// Definition results: Location | Location[] | LocationLink[] -> [{uri, range}].
const locationsOf = r => (r == null ? [] : Array.isArray(r) ? r : [r])
  .map(l => 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l);

// ---------------------------------------------------------------------------------------------
// Server process, raw stdout tap and client connection

const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inc-lsp-e2e-')));
fs.cpSync(fs.realpathSync(examplesDir), workspace, { recursive: true });
const wsUri = pathToFileURL(workspace).href;
const fileUri = rel => pathToFileURL(path.join(workspace, rel)).href;

// Anything that makes further talk with the server pointless (junk on stdout, the process gone)
// rejects `fatal`, which every request and wait races against, so the test fails fast.
let fatalReason = null, expectingExit = false, rejectFatal;
const fatal = new Promise((_, rej) => { rejectFatal = rej; });
fatal.catch(() => {});
function setFatal(reason) { if (!fatalReason) { fatalReason = reason; rejectFatal(new Error(reason)); } }

const child = spawn(incPath, ['lsp'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
let stderrText = '';
child.stderr.on('data', d => { stderrText += d; });
let childExit = null;
const exited = new Promise(res => child.on('exit', (code, signal) => {
  childExit = { code, signal };
  if (!expectingExit) setFatal(`the server process exited unexpectedly (code ${code}, signal ${signal})`);
  res(childExit);
}));
child.on('error', e => { console.log(`FAIL could not start ${incPath} lsp: ${e.message}`); process.exit(1); });

// An independent parser of everything the server writes on stdout: every byte must belong to a
// well-formed "Content-Length: N\r\n\r\n" + JSON-RPC 2.0 frame.
const rawFrames = [];
const stdoutProblems = [];
let rawBuf = Buffer.alloc(0);
child.stdout.on('data', chunk => {
  rawBuf = Buffer.concat([rawBuf, chunk]);
  for (;;) {
    if (stdoutProblems.length) { setFatal(`stdout is not clean JSON-RPC: ${stdoutProblems[0]}`); return; }
    const sep = rawBuf.indexOf('\r\n\r\n');
    if (sep < 0) {
      if (rawBuf.length && !/^(Content-(Length|Type)[^\r\n]*(\r\n)?)*(\r)?$/i.test(rawBuf.toString('latin1')))
        stdoutProblems.push(`non-JSON-RPC bytes on stdout: ${JSON.stringify(rawBuf.toString('utf8').slice(0, 200))}`);
      return;
    }
    const headers = rawBuf.subarray(0, sep).toString('ascii').split('\r\n');
    let len = -1;
    for (const h of headers) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(h);
      if (!m) { stdoutProblems.push(`malformed header line ${JSON.stringify(h.slice(0, 200))}`); return; }
      if (m[1].toLowerCase() === 'content-length') len = +m[2];
      else if (m[1].toLowerCase() !== 'content-type') { stdoutProblems.push(`unexpected header ${JSON.stringify(h)}`); return; }
    }
    if (!(len >= 0)) { stdoutProblems.push(`frame without Content-Length: ${JSON.stringify(headers)}`); return; }
    if (rawBuf.length < sep + 4 + len) return;
    const body = rawBuf.subarray(sep + 4, sep + 4 + len).toString('utf8');
    rawBuf = rawBuf.subarray(sep + 4 + len);
    let msg;
    try { msg = JSON.parse(body); } catch (e) { stdoutProblems.push(`frame body is not JSON: ${body.slice(0, 200)}`); return; }
    if (msg.jsonrpc !== '2.0') stdoutProblems.push(`frame without "jsonrpc": "2.0": ${body.slice(0, 200)}`);
    rawFrames.push({ t: now(), msg });
  }
});

const libraryLog = [];
const logger = {
  error: m => libraryLog.push(`error: ${m}`), warn: m => libraryLog.push(`warn: ${m}`),
  info: m => libraryLog.push(`info: ${m}`), log: m => libraryLog.push(`log: ${m}`),
};
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin), logger);
const connErrors = [];
conn.onError(e => connErrors.push(String(e[0] && e[0].message || e[0])));
conn.onClose(() => libraryLog.push('connection closed'));

// Requests a real editor answers.
const serverRequests = [];
conn.onRequest(P.ConfigurationRequest.type, p => { serverRequests.push(P.ConfigurationRequest.method); return p.items.map(() => null); });
conn.onRequest(P.RegistrationRequest.type, () => { serverRequests.push(P.RegistrationRequest.method); return null; });
conn.onRequest(P.UnregistrationRequest.type, () => null);
conn.onRequest(P.WorkDoneProgressCreateRequest.type, () => null);
conn.onRequest(P.WorkspaceFoldersRequest.type, () => [{ uri: wsUri, name: 'examples' }]);
conn.onRequest(P.ShowMessageRequest.type, () => null);
conn.onRequest(P.ApplyWorkspaceEditRequest.type, () => ({ applied: false, failureReason: 'e2e client does not apply server edits' }));
conn.onRequest((method) => { serverRequests.push(method); return new rpc.ResponseError(rpc.ErrorCodes.MethodNotFound, `client: ${method}`); });
const serverMessages = [];
conn.onNotification(P.LogMessageNotification.type, p => serverMessages.push(`log: ${p.message}`));
conn.onNotification(P.ShowMessageNotification.type, p => serverMessages.push(`show: ${p.message}`));

// publishDiagnostics bookkeeping: every notification is kept; waiters match uri and version.
const published = [];
let diagWaiters = [];
let versionlessPublishes = 0;
conn.onNotification(P.PublishDiagnosticsNotification.type, p => {
  const rec = { ...p, t: now() };
  published.push(rec);
  if (typeof p.version !== 'number' && [...docs.keys()].some(u => uriPath(u) === uriPath(p.uri))) versionlessPublishes++;
  diagWaiters = diagWaiters.filter(w => {
    if (uriPath(p.uri) !== uriPath(w.uri) && p.uri !== w.uri) return true;
    if (typeof p.version === 'number' && w.version !== undefined && p.version !== w.version) return true;
    clearTimeout(w.timer); w.resolve(rec); return false;
  });
});
function waitDiagnostics(uri, version, timeoutMs = DIAGNOSTICS_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    const w = { uri, version, resolve };
    w.timer = setTimeout(() => { diagWaiters = diagWaiters.filter(x => x !== w); reject(new Error(`no publishDiagnostics for ${uri} version ${version} within ${timeoutMs} ms`)); }, timeoutMs);
    diagWaiters.push(w);
    fatal.catch(e => { clearTimeout(w.timer); reject(e); });
  });
}
conn.listen();

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, fatal, new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${what}: no answer within ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}
const request = (type, params, ms = REQUEST_TIMEOUT_MS) => withTimeout(conn.sendRequest(type, params), ms, type.method || String(type));

// ---------------------------------------------------------------------------------------------
// Client-side documents

const docs = new Map(); // uri -> { text, version }
async function open(rel, text) {
  const uri = fileUri(rel);
  if (text === undefined) text = fs.readFileSync(path.join(workspace, rel), 'utf8');
  docs.set(uri, { text, version: 1 });
  const wait = waitDiagnostics(uri, 1);
  await conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'incidentlang', version: 1, text } });
  return { uri, wait };
}
// Sends incremental changes ([{range, text}] applied in order; a change without range replaces
// the whole text), updating the local copy. Returns the promise of the diagnostics of the new version.
async function change(uri, changes) {
  const d = docs.get(uri);
  for (const c of changes) {
    if (!c.range) d.text = c.text;
    else d.text = d.text.slice(0, offsetAt(d.text, c.range.start)) + c.text + d.text.slice(offsetAt(d.text, c.range.end));
  }
  d.version++;
  const wait = waitDiagnostics(uri, d.version);
  wait.catch(() => {}); // callers that do not await it must not crash the process
  await conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: d.version }, contentChanges: changes });
  return { version: d.version, wait, sent: now() };
}
const replaceRange = (uri, start, end, text) => change(uri, [{ range: rangeOf(docs.get(uri).text, start, end), text }]);
// Edits as didChange content changes: from the end of the document backwards, so each range is
// still valid when the previous ones have been applied.
function editsAsChanges(text, edits) {
  return [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
    .map(e => ({ range: e.range, text: e.newText }));
}
const diagSummary = ds => ds.map(x => `${rangeKey(x.range)} ${x.code} ${x.message}`);

// ---------------------------------------------------------------------------------------------
// The scenario

const timings = {};
let initResult;
const SALT = 'salt-typhoon.inc', SOLAR = 'solarwinds.inc', COLONIAL = 'colonial-pipeline.inc', AGENCIES = 'catalog/agencies.inc';

async function step(name, fn) {
  currentStep = name;
  if (fatalReason) { check('skipped', false, fatalReason); currentStep = ''; return; }
  try { await fn(); }
  catch (e) {
    check('step completed without an exception', false, e.stack || String(e));
    // Put the server's copies back in step with ours for the following steps.
    for (const [uri, d] of docs) {
      d.version++;
      await conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: d.version }, contentChanges: [{ text: d.text }] }).catch(() => {});
    }
  }
  currentStep = '';
}

async function main() {
  const saltPath = path.join(workspace, SALT);
  const saltOriginal = fs.readFileSync(saltPath, 'utf8');
  const solarOriginal = fs.readFileSync(path.join(workspace, SOLAR), 'utf8');
  const agenciesText = fs.readFileSync(path.join(workspace, AGENCIES), 'utf8');
  const colonialText = fs.readFileSync(path.join(workspace, COLONIAL), 'utf8');
  const saltUri = fileUri(SALT), solarUri = fileUri(SOLAR);
  let tInitSent;

  await step('1 initialize', async () => {
    tInitSent = now();
    initResult = await request(P.InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'incidentlang-lsp-e2e', version: '1.0.0' },
      locale: 'en',
      rootPath: workspace,
      rootUri: wsUri,
      workspaceFolders: [{ uri: wsUri, name: 'examples' }],
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        workspace: {
          applyEdit: true, configuration: true, workspaceFolders: true,
          workspaceEdit: { documentChanges: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true, willSave: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: false },
          references: {},
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, dataSupport: true },
          formatting: {},
          rename: { prepareSupport: true },
          foldingRange: { lineFoldingOnly: true },
          semanticTokens: {
            requests: { full: { delta: true } }, formats: ['relative'], multilineTokenSupport: false, overlappingTokenSupport: false,
            tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property',
              'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
            tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'],
          },
        },
        window: { workDoneProgress: true },
      },
    }, OVERALL_TIMEOUT_MS); // the first run of ./inc may build the tool
    timings.initializeMs = now() - tInitSent;
    const c = initResult.capabilities || {};
    const sync = typeof c.textDocumentSync === 'number' ? c.textDocumentSync : c.textDocumentSync?.change;
    check('textDocumentSync is incremental (2) and includes open/close', sync === P.TextDocumentSyncKind.Incremental &&
      (typeof c.textDocumentSync === 'number' || c.textDocumentSync.openClose === true), c.textDocumentSync);
    check('positionEncoding is utf-16', c.positionEncoding === 'utf-16', c.positionEncoding);
    check('completionProvider', !!c.completionProvider, c.completionProvider);
    check('hoverProvider', !!c.hoverProvider, c.hoverProvider);
    check('definitionProvider', !!c.definitionProvider, c.definitionProvider);
    check('referencesProvider', !!c.referencesProvider, c.referencesProvider);
    check('renameProvider with prepareProvider', c.renameProvider?.prepareProvider === true, c.renameProvider);
    check('documentSymbolProvider', !!c.documentSymbolProvider, c.documentSymbolProvider);
    check('foldingRangeProvider', !!c.foldingRangeProvider, c.foldingRangeProvider);
    check('documentFormattingProvider', !!c.documentFormattingProvider, c.documentFormattingProvider);
    check('semanticTokensProvider full with a legend', !!c.semanticTokensProvider?.full &&
      Array.isArray(c.semanticTokensProvider?.legend?.tokenTypes) && c.semanticTokensProvider.legend.tokenTypes.length > 0, c.semanticTokensProvider);
    check('codeActionProvider', !!c.codeActionProvider, c.codeActionProvider);
    await conn.sendNotification(P.InitializedNotification.type, {});
    check('initialized sent', true);
  });

  await step('2 open salt-typhoon.inc', async () => {
    const { wait } = await open(SALT);
    const d = await wait;
    timings.initializeToFirstDiagnosticsMs = d.t - tInitSent;
    check('publishDiagnostics carries the document version 1', d.version === 1, d.version);
    check('0 diagnostics', d.diagnostics.length === 0, diagSummary(d.diagnostics));
  });

  await step('3 open solarwinds.inc (uses catalog sources cisa, fbi, nsa, white-house)', async () => {
    const { wait } = await open(SOLAR);
    const d = await wait;
    check('0 diagnostics (catalog sources resolve)', d.diagnostics.length === 0, diagSummary(d.diagnostics));
  });

  // The typo: the use of wsj-2024-11-15 in the sources of claim prc-attribution.
  const typoLine = 'sources: [fbi-cisa-2024-11-13, wsj-2024-11-15, wsj-2024-10]';
  await step('4 typo in a sources list, diagnostic, quick fix', async () => {
    const text = docs.get(saltUri).text;
    const s = findInLine(text, typoLine, 'wsj-2024-11-15');
    const typoRange = rangeOf(text, s, s + 'wsj-2024-11-15'.length);
    const ch = await change(saltUri, [{ range: typoRange, text: 'wsj-2024-11-51' }]);
    const d = await ch.wait;
    check('publishDiagnostics for the new version', d.version === ch.version, { got: d.version, want: ch.version });
    check('exactly one diagnostic', d.diagnostics.length === 1, diagSummary(d.diagnostics));
    const diag = d.diagnostics[0] || {};
    check('it is INC1005, an error', diag.code === 'INC1005' && diag.severity === P.DiagnosticSeverity.Error, { code: diag.code, severity: diag.severity });
    check('its range is exactly the typo', eq(diag.range, typoRange), { got: diag.range, want: typoRange });
    check("message: Undefined reference 'wsj-2024-11-51'. Did you mean 'wsj-2024-11-15'?",
      /Undefined reference 'wsj-2024-11-51'/.test(diag.message || '') && (diag.message || '').includes("Did you mean 'wsj-2024-11-15'?"), diag.message);

    const actions = await request(P.CodeActionRequest.type, {
      textDocument: { uri: saltUri }, range: typoRange,
      context: { diagnostics: d.diagnostics, triggerKind: P.CodeActionTriggerKind.Invoked },
    });
    const fix = (actions || []).find(a => a.title === "Change to 'wsj-2024-11-15'");
    check("a quick fix titled \"Change to 'wsj-2024-11-15'\"", fix && fix.kind === P.CodeActionKind.QuickFix && !!fix.edit, actions);
    if (!fix) return;
    check('the quick fix is linked to the diagnostic', Array.isArray(fix.diagnostics) && fix.diagnostics.some(x => eq(x.range, typoRange) && x.code === 'INC1005'), fix.diagnostics);
    const byPath = workspaceEditByPath(fix.edit);
    check('its edit touches only salt-typhoon.inc', byPath.size === 1 && byPath.has(saltPath), [...byPath.keys()]);
    const edits = byPath.get(saltPath) || [];
    const before = docs.get(saltUri).text;
    const fixed = applyTextEdits(before, edits);
    check('applying it restores the original text', fixed === saltOriginal);
    const ch2 = await change(saltUri, editsAsChanges(before, edits));
    const d2 = await ch2.wait;
    check('0 diagnostics after applying the quick fix', d2.diagnostics.length === 0 && d2.version === ch2.version, diagSummary(d2.diagnostics));
  });

  await step('4b change->diagnostics latency (10 edits)', async () => {
    const samples = [];
    let allRight = true;
    for (let i = 0; i < 10; i++) {
      const text = docs.get(saltUri).text;
      const from = i % 2 === 0 ? 'wsj-2024-11-15' : 'wsj-2024-11-51';
      const to = i % 2 === 0 ? 'wsj-2024-11-51' : 'wsj-2024-11-15';
      const s = findInLine(text, typoLine.replace('wsj-2024-11-15', from), from);
      const ch = await replaceRange(saltUri, s, s + from.length, to);
      const d = await ch.wait;
      samples.push(d.t - ch.sent);
      if (d.diagnostics.length !== (i % 2 === 0 ? 1 : 0)) allRight = false;
    }
    timings.changeToDiagnosticsMedianMs = median(samples);
    timings.changeToDiagnosticsSamplesMs = samples.map(x => Math.round(x));
    check('each edit got the diagnostics of its version (1 error, then 0)', allRight);
    check('text back to the original', docs.get(saltUri).text === saltOriginal);
  });

  await step('5 definition', async () => {
    const text = docs.get(saltUri).text;
    const use = findInLine(text, 'actors: [prc-hackers, prc]', 'prc-hackers');
    const declAt = declNameOffset(text, 'actor', 'prc-hackers');
    const want = { uri: saltUri, range: rangeOf(text, declAt, declAt + 'prc-hackers'.length) };
    const r = await request(P.DefinitionRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, use + 3) });
    const locs = locationsOf(r);
    check('prc-hackers (in actors) -> the name in "actor prc-hackers"', locs.length === 1 && uriPath(locs[0].uri) === saltPath && eq(locs[0].range, want.range), { got: r, want });

    const stext = docs.get(solarUri).text;
    const cisaUse = findInLine(stext, 'sources: [fireeye-2020-12-13, solarwinds-8k, cisa]', 'cisa');
    const cisaDecl = declNameOffset(agenciesText, 'source', 'cisa');
    const want2 = { uri: fileUri(AGENCIES), range: rangeOf(agenciesText, cisaDecl, cisaDecl + 4) };
    const r2 = await request(P.DefinitionRequest.type, { textDocument: { uri: solarUri }, position: posAt(stext, cisaUse + 2) });
    const locs2 = locationsOf(r2);
    check('cisa (solarwinds.inc) -> "source cisa" in catalog/agencies.inc', locs2.length === 1 && uriPath(locs2[0].uri) === path.join(workspace, AGENCIES) && eq(locs2[0].range, want2.range), { got: r2, want: want2 });

    // Definition at the declaration itself (the name) goes to itself; on a keyword, nothing.
    const r3 = await request(P.DefinitionRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, declAt + 1) });
    const l3 = locationsOf(r3);
    check('definition on the declared name is the name itself', l3.length === 1 && eq(l3[0].range, want.range), r3);
    const kw = text.indexOf('incident salt-typhoon');
    const r4 = await request(P.DefinitionRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, kw + 2) });
    check('definition on the keyword "incident" is empty', locationsOf(r4).length === 0, r4);
  });

  const hoverOnSourceRef = async () => {
    const text = docs.get(saltUri).text;
    const use = findInLine(text, typoLine, 'wsj-2024-11-15');
    return { h: await request(P.HoverRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, use + 5) }), range: rangeOf(text, use, use + 14) };
  };
  let hoverBaseline = null;
  await step('6 hover', async () => {
    const { h, range } = await hoverOnSourceRef();
    hoverBaseline = h;
    const t = hoverText(h);
    check('hover on source reference wsj-2024-11-15 is markdown', h?.contents?.kind === 'markdown', h);
    check('  mentions the display name "The Wall Street Journal" and reliability', t.includes('The Wall Street Journal') && /reliability/i.test(t), t);
    check('  its range is the reference', !h?.range || eq(h.range, range), { got: h?.range, want: range });
    const text = docs.get(saltUri).text;
    const rel = findInLine(text, 'reliability: B', 'B', text.indexOf('source wsj-2024-10'));
    const h2 = await request(P.HoverRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, rel) });
    const t2 = hoverText(h2);
    check('hover on the value B of "reliability: B" mentions "Usually reliable"', t2.includes('Usually reliable'), t2);
    check('  its range is the value', !h2?.range || eq(h2.range, rangeOf(text, rel, rel + 1)), h2?.range);
    const conf = findInLine(text, 'confidence: moderate', 'moderate');
    const h3 = await request(P.HoverRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, conf + 2) });
    check('hover on "moderate" (confidence) says something', hoverText(h3).length > 0, h3);
    const h4 = await request(P.HoverRequest.type, { textDocument: { uri: saltUri }, position: { line: 0, character: 5 } });
    check('hover inside a comment is null', h4 === null, h4);
  });

  await step('7 completion', async () => {
    const complete = async (uri, offset) => {
      const text = docs.get(uri).text;
      const t0 = now();
      const r = await request(P.CompletionRequest.type, { textDocument: { uri }, position: posAt(text, offset), context: { triggerKind: P.CompletionTriggerKind.Invoked } });
      return { labels: labelsOf(r), ms: now() - t0, raw: r };
    };
    let text = docs.get(saltUri).text;

    // (a) a new empty line inside "source wsj-2024-10 { ... }" (after its name line).
    const srcStart = text.indexOf('source wsj-2024-10 {');
    const nameLine = '    name: "The Wall Street Journal"';
    const nameEnd = text.indexOf(nameLine, srcStart) + nameLine.length;
    await replaceRange(saltUri, nameEnd, nameEnd, '\n    ');
    const a = await complete(saltUri, nameEnd + 5);
    check('(a) in a source: offers the missing property "url"', a.labels.includes('url'), a.labels);
    const given = ['name', 'kind', 'reliability', 'published', 'note'];
    check('(a) does not offer properties already given (name, kind, reliability, published, note)', given.every(g => !a.labels.includes(g)), a.labels);
    check('(a) does not offer properties of other declaration kinds (confidence, actors, sector)', ['confidence', 'actors', 'sector'].every(g => !a.labels.includes(g)), a.labels);
    await replaceRange(saltUri, nameEnd, nameEnd + 5, '');

    // (b) after "confidence: " (value removed) in claim prc-attribution; also the latency sample.
    text = docs.get(saltUri).text;
    const claimStart = text.indexOf('claim prc-attribution {');
    const confValue = findInLine(text, 'confidence: high', 'high', claimStart);
    await replaceRange(saltUri, confValue, confValue + 4, '');
    const samples = [], afterEdit = [];
    let b;
    for (let i = 0; i < 10; i++) { b = await complete(saltUri, confValue); samples.push(b.ms); }
    timings.completionMedianMs = median(samples);
    timings.completionSamplesMs = samples.map(x => Math.round(x * 10) / 10);
    check('(b) after "confidence: " offers low, moderate, high', ['low', 'moderate', 'high'].every(v => b.labels.includes(v)), b.labels);
    // As when typing: an edit (a space added to / removed from the end of the first line, a
    // comment), then at once a completion request on the new version.
    const line0End = docs.get(saltUri).text.indexOf('\n');
    let allOffered = true;
    for (let i = 0; i < 10; i++) {
      if (i % 2 === 0) await replaceRange(saltUri, line0End, line0End, ' ');
      else await replaceRange(saltUri, line0End, line0End + 1, '');
      const at = confValue + (i % 2 === 0 ? 1 : 0);
      const x = await complete(saltUri, at);
      afterEdit.push(x.ms);
      if (!['low', 'moderate', 'high'].every(v => x.labels.includes(v))) allOffered = false;
    }
    timings.completionAfterEditMedianMs = median(afterEdit);
    timings.completionAfterEditSamplesMs = afterEdit.map(x => Math.round(x * 10) / 10);
    check('(b) right after each of 10 edits elsewhere: still low, moderate, high', allOffered);
    check('(b) does not offer property names there', !b.labels.includes('text') && !b.labels.includes('sources'), b.labels);
    await replaceRange(saltUri, confValue, confValue, 'high');

    // (c) inside "actors: [" (list emptied) in claim prc-attribution.
    text = docs.get(saltUri).text;
    const inner = findInLine(text, 'actors: [prc-hackers, prc]', 'prc-hackers, prc', claimStart);
    await replaceRange(saltUri, inner, inner + 'prc-hackers, prc'.length, '');
    const c = await complete(saltUri, inner);
    const actors = declaredNames(saltOriginal, 'actor');
    const others = [...declaredNames(saltOriginal, 'target'), ...declaredNames(saltOriginal, 'source'), ...declaredNames(saltOriginal, 'claim'), ...declaredNames(agenciesText, 'source')];
    check(`(c) inside "actors: [" offers the incident's actors (${actors.join(', ')})`, actors.length === 2 && actors.every(n => c.labels.includes(n)), c.labels);
    check('(c) and no declarations of other kinds (targets, sources, claims, catalog sources)', others.every(n => !c.labels.includes(n)), c.labels.filter(l => others.includes(l)));
    await replaceRange(saltUri, inner, inner, 'prc-hackers, prc');

    // (d) after "country: " (value removed) in target t-mobile.
    text = docs.get(saltUri).text;
    const country = findInLine(text, 'country: US', 'US', text.indexOf('target t-mobile {'));
    await replaceRange(saltUri, country, country + 2, '');
    const dres = await complete(saltUri, country);
    check('(d) after "country: " offers CN and US', dres.labels.includes('CN') && dres.labels.includes('US'), dres.labels.slice(0, 40));
    check('(d) does not offer unassigned codes (UK, EU, XX)', ['UK', 'EU', 'XX'].every(x => !dres.labels.includes(x)), dres.labels.filter(l => ['UK', 'EU', 'XX'].includes(l)));
    const back = await replaceRange(saltUri, country, country, 'US');
    check('text back to the original', docs.get(saltUri).text === saltOriginal);
    const dd = await back.wait;
    check('0 diagnostics after the reverts', dd.diagnostics.length === 0, diagSummary(dd.diagnostics));

    // Keyword completion at the top of an incident body.
    text = docs.get(saltUri).text;
    const afterTags = text.indexOf('\n', text.indexOf('  tags: [')) + 1;
    await replaceRange(saltUri, afterTags, afterTags, '  \n');
    const k = await complete(saltUri, afterTags + 2);
    check('in an incident body: declaration keywords (source, actor, target, claim, statement, event)', ['source', 'actor', 'target', 'claim', 'statement', 'event'].every(x => k.labels.includes(x)), k.labels);
    check('in an incident body: does not offer "incident" nor given properties (title, reported)', ['incident', 'title', 'reported'].every(x => !k.labels.includes(x)), k.labels);
    const back2 = await replaceRange(saltUri, afterTags, afterTags + 3, '');
    check('0 diagnostics after the revert', (await back2.wait).diagnostics.length === 0);
  });

  await step('8 documentSymbol', async () => {
    const r = await request(P.DocumentSymbolRequest.type, { textDocument: { uri: saltUri } });
    const text = docs.get(saltUri).text;
    check('one top-level symbol "salt-typhoon"', Array.isArray(r) && r.length === 1 && r[0].name === 'salt-typhoon', r && r.map(s => s.name));
    const top = (r || [])[0] || {};
    check('  it is a hierarchical DocumentSymbol', !!top.range && !!top.selectionRange && Array.isArray(top.children), Object.keys(top));
    const names = (top.children || []).map(s => s.name);
    check('  children include prc-hackers, t-mobile, prc-attribution', ['prc-hackers', 't-mobile', 'prc-attribution'].every(n => names.includes(n)), names);
    const declared = ['source', 'actor', 'target', 'claim', 'statement'].flatMap(k => declaredNames(text, k));
    check(`  children include every named declaration (${declared.length})`, declared.every(n => names.includes(n)), declared.filter(n => !names.includes(n)));
    const kw = text.indexOf('incident salt-typhoon');
    check('  selectionRange is the incident name', eq(top.selectionRange, rangeOf(text, kw + 9, kw + 9 + 12)), top.selectionRange);
    const child = (top.children || []).find(s => s.name === 'prc-hackers');
    const d = declNameOffset(text, 'actor', 'prc-hackers');
    check('  prc-hackers selectionRange is its name', child && eq(child.selectionRange, rangeOf(text, d, d + 11)), child?.selectionRange);
  });

  await step('9 references', async () => {
    const text = docs.get(saltUri).text;
    const decl = declNameOffset(text, 'actor', 'prc-hackers');
    const uses = usesInLists(text, 'actors', 'prc-hackers');
    const all = nameOccurrences(text, 'prc-hackers').map(([s]) => s);
    const r = await request(P.ReferencesRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, decl + 4), context: { includeDeclaration: true } });
    check(`prc-hackers: 1 + ${uses.length} uses in actors lists = ${1 + uses.length} locations`, Array.isArray(r) && r.length === 1 + uses.length, r && r.length);
    const want = new Set([decl, ...uses].map(o => rangeKey(rangeOf(text, o, o + 11))));
    const got = new Set((r || []).filter(l => uriPath(l.uri) === saltPath).map(l => rangeKey(l.range)));
    check('  exactly the declaration and every use (ranges)', eq([...got].sort(), [...want].sort()) && all.length === want.size, { got: [...got], want: [...want] });
    const r2 = await request(P.ReferencesRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, uses[0] + 1), context: { includeDeclaration: false } });
    check('  from a use, without the declaration: the uses only', Array.isArray(r2) && r2.length === uses.length && !r2.some(l => rangeKey(l.range) === rangeKey(rangeOf(text, decl, decl + 11))), r2);

    // A catalog source: references across the workspace (opened or not).
    const stext = docs.get(solarUri).text;
    const fbiUse = nameOccurrences(stext, 'fbi')[0][0];
    const r3 = await request(P.ReferencesRequest.type, { textDocument: { uri: solarUri }, position: posAt(stext, fbiUse + 1), context: { includeDeclaration: true } });
    const wantFiles = { [path.join(workspace, AGENCIES)]: nameOccurrences(agenciesText, 'fbi').length, [path.join(workspace, SOLAR)]: nameOccurrences(stext, 'fbi').length, [path.join(workspace, COLONIAL)]: nameOccurrences(colonialText, 'fbi').length };
    const gotFiles = {};
    for (const l of r3 || []) gotFiles[uriPath(l.uri)] = (gotFiles[uriPath(l.uri)] || 0) + 1;
    check('fbi (catalog): references in agencies.inc, solarwinds.inc and colonial-pipeline.inc', eq(Object.keys(gotFiles).sort().map(k => [k, gotFiles[k]]), Object.keys(wantFiles).sort().map(k => [k, wantFiles[k]])), { got: gotFiles, want: wantFiles });
  });

  await step('10 rename', async () => {
    const text = docs.get(saltUri).text;
    const decl = declNameOffset(text, 'actor', 'prc-hackers');
    const uses = usesInLists(text, 'actors', 'prc-hackers');
    const pr = await request(P.PrepareRenameRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, uses[0] + 2) });
    const prRange = pr && ('range' in pr ? pr.range : pr.start ? pr : null);
    check('prepareRename on a use of prc-hackers -> its range', eq(prRange, rangeOf(text, uses[0], uses[0] + 11)), pr);
    const we = await request(P.RenameRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, uses[0] + 2), newName: 'salt-typhoon-actor' });
    const byPath = workspaceEditByPath(we);
    check('rename edits only salt-typhoon.inc', byPath.size === 1 && byPath.has(saltPath), [...byPath.keys()]);
    const edits = byPath.get(saltPath) || [];
    const want = [decl, ...uses].map(o => rangeKey(rangeOf(text, o, o + 11))).sort();
    check(`  edits are exactly the declaration + ${uses.length} uses`, eq(edits.map(e => rangeKey(e.range)).sort(), want), { got: edits.map(e => rangeKey(e.range)), want });
    check('  every newText is "salt-typhoon-actor"', edits.length > 0 && edits.every(e => e.newText === 'salt-typhoon-actor'), edits.map(e => e.newText));
    // Apply it as an editor would: still 0 diagnostics; then back to the original.
    const ch = await change(saltUri, editsAsChanges(text, edits));
    const d = await ch.wait;
    check('  after applying it: 0 diagnostics', d.diagnostics.length === 0, diagSummary(d.diagnostics));
    const back = await change(saltUri, [{ text: saltOriginal }]);
    check('  full-text didChange back to the original: 0 diagnostics', (await back.wait).diagnostics.length === 0);

    // prepareRename where nothing can be renamed (a property name, a keyword): null or an error.
    const conf = text.indexOf('confidence: high');
    let pr2;
    try { pr2 = await request(P.PrepareRenameRequest.type, { textDocument: { uri: saltUri }, position: posAt(text, conf + 2) }); }
    catch (e) { pr2 = e instanceof rpc.ResponseError ? null : e; }
    check('prepareRename on a property name is refused (null or an error response)', pr2 == null, pr2);

    // The catalog source fbi, used by solarwinds.inc (open) and colonial-pipeline.inc (not open).
    const stext = docs.get(solarUri).text;
    const fbiUse = findInLine(stext, 'sources: [white-house, nsa, cisa, fbi]', 'fbi');
    const pr3 = await request(P.PrepareRenameRequest.type, { textDocument: { uri: solarUri }, position: posAt(stext, fbiUse + 1) });
    const pr3Range = pr3 && ('range' in pr3 ? pr3.range : pr3.start ? pr3 : null);
    check('prepareRename on fbi (solarwinds.inc) -> its range', eq(pr3Range, rangeOf(stext, fbiUse, fbiUse + 3)), pr3);
    const we2 = await request(P.RenameRequest.type, { textDocument: { uri: solarUri }, position: posAt(stext, fbiUse + 1), newName: 'fbi-us' });
    const by2 = workspaceEditByPath(we2);
    const expectFiles = {
      [path.join(workspace, AGENCIES)]: agenciesText,
      [path.join(workspace, SOLAR)]: stext,
      [path.join(workspace, COLONIAL)]: colonialText,
    };
    check('rename fbi edits agencies.inc, solarwinds.inc and colonial-pipeline.inc (and nothing else)',
      eq([...by2.keys()].sort(), Object.keys(expectFiles).sort()), [...by2.keys()]);
    for (const [file, ftext] of Object.entries(expectFiles)) {
      const wantR = nameOccurrences(ftext, 'fbi').map(([s, e]) => rangeKey(rangeOf(ftext, s, e))).sort();
      const gotR = (by2.get(file) || []).map(e => rangeKey(e.range)).sort();
      check(`  ${path.relative(workspace, file)}: exactly the ${wantR.length} occurrence(s) of fbi`, eq(gotR, wantR) && (by2.get(file) || []).every(e => e.newText === 'fbi-us'), { got: gotR, want: wantR });
    }
    let bad;
    try { bad = await request(P.RenameRequest.type, { textDocument: { uri: solarUri }, position: posAt(stext, fbiUse + 1), newName: 'not a name' }); }
    catch (e) { bad = e; }
    check('rename to an invalid name ("not a name") is an error response', bad instanceof rpc.ResponseError, bad);
  });

  const scratchRel = 'scratch-format.inc';
  const scratchUri = fileUri(scratchRel);
  const canonical = 'incident x {\n  title: "t"\n  reported: 2024-01-01\n  summary: "s"\n}\n';
  let scratchDiagnostics = null;
  await step('11 formatting', async () => {
    const messy = 'incident x {title: "t" reported: 2024-01-01 summary: "s"}';
    const { wait } = await open(scratchRel, messy);
    await wait;
    const r = await request(P.DocumentFormattingRequest.type, { textDocument: { uri: scratchUri }, options: { tabSize: 2, insertSpaces: true } });
    check('one TextEdit', Array.isArray(r) && r.length === 1, r);
    check('  its newText is the canonical layout', r?.[0]?.newText === canonical, r?.[0]?.newText);
    let applied = null;
    try { applied = applyTextEdits(messy, r || []); } catch (e) { applied = String(e); }
    check('  applying it gives the canonical layout', applied === canonical, applied);
    const ch = await change(scratchUri, editsAsChanges(messy, r || []));
    scratchDiagnostics = (await ch.wait).diagnostics;
    const r2 = await request(P.DocumentFormattingRequest.type, { textDocument: { uri: scratchUri }, options: { tabSize: 2, insertSpaces: true } });
    let again = null;
    try { again = applyTextEdits(docs.get(scratchUri).text, r2 || []); } catch (e) { again = String(e); }
    check('formatting the formatted document changes nothing', again === canonical, r2);
  });

  await step('12 foldingRange, semanticTokens', async () => {
    const text = docs.get(saltUri).text;
    const lines = text.split('\n');
    const startLine = lines.findIndex(l => l.startsWith('incident salt-typhoon'));
    const endLine = lines.map(l => l.trimEnd()).lastIndexOf('}');
    const f = await request(P.FoldingRangeRequest.type, { textDocument: { uri: saltUri } });
    check('foldingRange is non-empty', Array.isArray(f) && f.length > 0, f);
    check(`folding includes the incident (lines ${startLine}-${endLine})`, (f || []).some(x => x.startLine === startLine && x.endLine === endLine), (f || []).slice(0, 5));
    const src = lines.findIndex(l => l.includes('source wsj-2024-10 {'));
    const srcEnd = lines.findIndex((l, i) => i > src && l === '  }');
    check(`folding includes source wsj-2024-10 (lines ${src}-${srcEnd})`, (f || []).some(x => x.startLine === src && x.endLine === srcEnd));
    const sum = lines.findIndex(l => l.includes('summary: """'));
    const sumEnd = lines.findIndex((l, i) => i > sum && l.trim() === '"""');
    check(`folding includes the multi-line summary string (lines ${sum}-${sumEnd})`, (f || []).some(x => x.startLine === sum && x.endLine === sumEnd), (f || []).filter(x => x.startLine <= sum + 1 && x.startLine >= sum - 1));
    check('every folding range is well-formed (startLine < endLine, inside the document)', (f || []).every(x => x.startLine < x.endLine && x.endLine < lines.length), (f || []).filter(x => !(x.startLine < x.endLine && x.endLine < lines.length)));

    const st = await request(P.SemanticTokensRequest.type, { textDocument: { uri: saltUri } });
    const data = st?.data || [];
    check('semanticTokens/full is non-empty, 5 integers per token', data.length > 0 && data.length % 5 === 0, data.length);
    const legend = initResult.capabilities.semanticTokensProvider?.legend || { tokenTypes: [], tokenModifiers: [] };
    const tokens = [];
    let line = 0, ch = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      line += data[i]; ch = data[i] ? data[i + 1] : ch + data[i + 1];
      tokens.push({ line, ch, len: data[i + 2], type: legend.tokenTypes[data[i + 3]], text: (lines[line] || '').substr(ch, data[i + 2]), bad: data[i + 3] >= legend.tokenTypes.length || ch + data[i + 2] > (lines[line] || '').length || data[i + 2] <= 0 });
    }
    check('every token lies on one line of the document and has a legend type', tokens.every(t => !t.bad), tokens.filter(t => t.bad).slice(0, 5));
    const kwTok = tokens.find(t => t.line === startLine && t.ch === 0);
    check('"incident" is a keyword token', kwTok && kwTok.len === 8 && kwTok.type === 'keyword', kwTok);
    const decl = declNameOffset(text, 'actor', 'prc-hackers');
    const p = posAt(text, decl);
    const nameTok = tokens.find(t => t.line === p.line && t.ch === p.character);
    check('the declared name prc-hackers is one token', nameTok && nameTok.len === 11, nameTok);

    check('semanticTokensProvider offers deltas', initResult.capabilities.semanticTokensProvider?.full?.delta === true, initResult.capabilities.semanticTokensProvider);
    check('semanticTokens/full has a resultId', typeof st?.resultId === 'string', st?.resultId);
    const delta = await request(P.SemanticTokensDeltaRequest.type, { textDocument: { uri: saltUri }, previousResultId: st?.resultId });
    check('a delta of the unchanged document has no edits and a new resultId', Array.isArray(delta?.edits) && delta.edits.length === 0 && delta.resultId !== st?.resultId, delta);
    const stale = await request(P.SemanticTokensDeltaRequest.type, { textDocument: { uri: saltUri }, previousResultId: st?.resultId });
    check('a delta naming a replaced result is answered in full, with the same data', !stale?.edits && JSON.stringify(stale?.data) === JSON.stringify(data), stale && Object.keys(stale));
  });

  await step('13 robustness', async () => {
    // (a) A malformed JSON body with a correct Content-Length, written straight to stdin.
    const body = Buffer.from('{"jsonrpc": "2.0", "id": 4242, "method": "textDocument/hover", "params": {', 'utf8');
    const mark = rawFrames.length;
    const tWrite = now();
    await new Promise((res, rej) => child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]), e => e ? rej(e) : res()));
    let parseErr = null;
    for (let i = 0; i < 100 && !parseErr; i++) {
      parseErr = rawFrames.slice(mark).map(f => f.msg).find(m => m.error && !('method' in m));
      if (!parseErr) await sleep(50);
    }
    check('malformed JSON -> an error response with code -32700 (ParseError) and id null', parseErr && parseErr.error.code === rpc.ErrorCodes.ParseError && parseErr.id === null, parseErr || `nothing within ${Math.round(now() - tWrite)} ms`);
    const { h } = await hoverOnSourceRef();
    check('  the server keeps working: a later hover gives the same answer', eq(h, hoverBaseline), h);

    // (b) Unknown request method.
    let unk;
    try { unk = await request(new P.RequestType('incidentlang/noSuchMethod'), { x: 1 }); } catch (e) { unk = e; }
    check('unknown request method -> MethodNotFound (-32601)', unk instanceof rpc.ResponseError && unk.code === rpc.ErrorCodes.MethodNotFound, unk);
    // An unknown notification must be ignored silently (no response, no crash).
    await conn.sendNotification(new P.NotificationType('incidentlang/noSuchNotification'), {});
    await conn.sendNotification(new P.NotificationType('$/noSuchNotification'), {});
    let unk2;
    try { unk2 = await request(new P.RequestType('$/noSuchRequest'), {}); } catch (e) { unk2 = e; }
    check('unknown $/ request -> MethodNotFound (-32601)', unk2 instanceof rpc.ResponseError && unk2.code === rpc.ErrorCodes.MethodNotFound, unk2);

    // (c) A document that was never opened.
    const h2 = await request(P.HoverRequest.type, { textDocument: { uri: fileUri('never-opened.inc') }, position: { line: 0, character: 0 } });
    check('hover on an unopened document -> null', h2 === null, h2);
    const h3 = await request(P.HoverRequest.type, { textDocument: { uri: saltUri }, position: { line: 100000, character: 3 } });
    check('hover far past the end of an open document -> null', h3 === null, h3);

    // (d) A didChange whose range is far beyond the end of the document.
    const ch = await change(scratchUri, [{ range: { start: { line: 5000, character: 7 }, end: { line: 5001, character: 2 } }, text: '\n// appended\n' }]);
    const d = await ch.wait;
    check('didChange with a range beyond the end -> diagnostics still published for that version', d.version === ch.version, d);
    const back = await change(scratchUri, [{ text: canonical }]);
    const d2 = await back.wait;
    check('  after a full-text resync the diagnostics are as before', eq(diagSummary(d2.diagnostics), diagSummary(scratchDiagnostics || [])), diagSummary(d2.diagnostics));
    const { h: h4 } = await hoverOnSourceRef();
    check('  and the server still answers', eq(h4, hoverBaseline), h4);
    check('the server process is still running', childExit === null, childExit);

    // Closing a document clears its diagnostics.
    const cleared = waitDiagnostics(scratchUri, undefined);
    await conn.sendNotification(P.DidCloseTextDocumentNotification.type, { textDocument: { uri: scratchUri } });
    docs.delete(scratchUri);
    const c = await cleared;
    check('didClose -> empty diagnostics for the closed document', c.diagnostics.length === 0, c);
  });

  await step('14 shutdown and exit', async () => {
    const r = await request(P.ShutdownRequest.type, undefined);
    check('shutdown -> null', r === null || r === undefined, r);
    const t0 = now();
    expectingExit = true;
    await conn.sendNotification(P.ExitNotification.type);
    const ex = await Promise.race([exited, sleep(5000).then(() => null)]);
    check('the process exits with code 0 within 5 s', ex && ex.code === 0, ex || 'still running after 5 s');
    if (ex) timings.exitMs = now() - t0;
    if (!ex) child.kill('SIGKILL');
    await sleep(50);
    check('stdout held nothing but JSON-RPC frames', stdoutProblems.length === 0 && rawBuf.length === 0, stdoutProblems.concat(rawBuf.length ? [`trailing bytes: ${rawBuf.toString().slice(0, 200)}`] : []));
    check('the client library reported no errors', connErrors.length === 0 && !libraryLog.some(l => l.startsWith('error') && !l.includes('without id')), connErrors.concat(libraryLog));
  });
}

const overall = setTimeout(() => {
  console.log(`FAIL overall timeout: the test did not finish within ${OVERALL_TIMEOUT_MS / 1000} s (in step ${currentStep || '-'})`);
  try { child.kill('SIGKILL'); } catch { /* already gone */ }
  console.log(`server stderr (tail):\n${stderrText.slice(-2000)}`);
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(1);
}, OVERALL_TIMEOUT_MS);

main().catch(e => { check('the scenario ran to its end', false, e.stack || String(e)); }).then(() => {
  clearTimeout(overall);
  const r = x => (typeof x === 'number' ? `${Math.round(x * 10) / 10} ms` : JSON.stringify(x));
  console.log('\ntimings:');
  console.log(`  initialize request -> response:          ${r(timings.initializeMs)}`);
  console.log(`  initialize -> first diagnostics:         ${r(timings.initializeToFirstDiagnosticsMs)}`);
  if (stderrText.includes('inc: building')) console.log('  (./inc rebuilt the tool before starting the server: the initialize times include the build)');
  console.log(`  change -> diagnostics (median of 10):    ${r(timings.changeToDiagnosticsMedianMs)}   samples ${r(timings.changeToDiagnosticsSamplesMs)}`);
  console.log(`  completion latency (median of 10):       ${r(timings.completionMedianMs)}   samples ${r(timings.completionSamplesMs)}`);
  console.log(`  completion right after an edit (median of 10): ${r(timings.completionAfterEditMedianMs)}   samples ${r(timings.completionAfterEditSamplesMs)}`);
  console.log(`  exit notification -> process exit:       ${r(timings.exitMs)}`);
  if (versionlessPublishes) console.log(`note: ${versionlessPublishes} publishDiagnostics for an open document without a version`);
  if (serverRequests.length) console.log(`note: server -> client requests: ${[...new Set(serverRequests)].join(', ')}`);
  if (serverMessages.length) console.log(`note: server messages: ${short(serverMessages, 600)}`);
  const failed = results.filter(x => !x.ok);
  console.log(`\n${results.length - failed.length}/${results.length} checks passed${failed.length ? `; failed:\n  ${failed.map(f => f.name).join('\n  ')}` : ''}`);
  if (failed.length) console.log(`server stderr (tail):\n${stderrText.slice(-3000)}`);
  if (childExit === null) { try { child.kill('SIGKILL'); } catch { /* gone */ } }
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(failed.length ? 1 : 0);
});
