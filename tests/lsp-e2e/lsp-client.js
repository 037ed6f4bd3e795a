'use strict';
// A small LSP client for the end-to-end tests that drive a real `inc lsp` process (sequence.js):
// starts the server, keeps a raw tap of every frame it writes (so error responses with a null id,
// which the client library drops, can be checked), records every publishDiagnostics, and can write
// raw bytes to the server's stdin (malformed messages). Positions follow the protocol: UTF-16
// code units, lines ended by "\n", "\r\n" or "\r".

const { spawn } = require('child_process');
const rpc = require('vscode-jsonrpc/node');
const P = require('vscode-languageserver-protocol');
const { fileURLToPath } = require('url');
const path = require('path');
const fs = require('fs');

// ------------------------------------------------------------------------------- text positions

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
    else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
function posAt(text, offset, starts = lineStarts(text)) {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return { line: lo, character: offset - starts[lo] };
}
// The offset of an LSP position, clamped as the protocol says (past the end of a line: its end).
function offsetAt(text, pos, starts = lineStarts(text)) {
  if (pos.line >= starts.length) return text.length;
  const lineStart = starts[pos.line];
  let lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
  return Math.min(lineStart + pos.character, lineEnd);
}
const rangeOf = (text, start, end) => { const s = lineStarts(text); return { start: posAt(text, start, s), end: posAt(text, end, s) }; };
const uriPath = uri => { try { return path.resolve(fileURLToPath(uri)); } catch { return uri; } };

// ------------------------------------------------------------------------------- the server

// Starts `inc lsp` (a path ending in .dll runs with `dotnet`). Returns the client object.
function startServer(incPath, { cwd, env } = {}) {
  const [cmd, args] = incPath.endsWith('.dll') ? ['dotnet', [incPath, 'lsp']] : [incPath, ['lsp']];
  const child = spawn(cmd, args, { cwd, env: env || process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const client = {
    child, stderr: '', exit: null, frames: [], problems: [], published: [], lastPublished: new Map(),
    waiters: [],
  };
  child.stderr.on('data', d => { client.stderr += d; if (client.stderr.length > 1_000_000) client.stderr = client.stderr.slice(-500_000); });
  client.exited = new Promise(res => child.on('exit', (code, signal) => { client.exit = { code, signal }; res(client.exit); client.wake(); }));
  child.on('error', e => { client.problems.push(`could not start ${incPath}: ${e.message}`); client.wake(); });

  // Raw tap: every byte on stdout must belong to a "Content-Length: N\r\n\r\n" + JSON-RPC 2.0 frame.
  let buf = Buffer.alloc(0);
  child.stdout.on('data', chunk => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /^Content-Length: (\d+)$/i.exec(buf.subarray(0, sep).toString('latin1').split('\r\n').find(h => /^content-length:/i.test(h)) || '');
      if (!m) { client.problems.push(`a frame without Content-Length: ${JSON.stringify(buf.subarray(0, 200).toString())}`); buf = Buffer.alloc(0); return; }
      const len = +m[1];
      if (buf.length < sep + 4 + len) return;
      const body = buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      buf = buf.subarray(sep + 4 + len);
      let msg;
      try { msg = JSON.parse(body); } catch { client.problems.push(`a frame body that is not JSON: ${body.slice(0, 200)}`); continue; }
      if (msg.jsonrpc !== '2.0') client.problems.push(`a frame without "jsonrpc": "2.0": ${body.slice(0, 200)}`);
      client.frames.push(msg);
      if (client.frames.length > 2000) client.frames.splice(0, 1000);
      if (msg.method === 'textDocument/publishDiagnostics') {
        const key = uriPath(msg.params.uri);
        client.lastPublished.set(key, msg.params);
        client.publishCount = (client.publishCount || 0) + 1;
      }
      client.wake();
    }
  });

  // The library reports error responses with a null id (to malformed messages) as errors: those are expected.
  const logger = { error: m => { if (!String(m).includes('without id')) client.problems.push(`client library: ${m}`); }, warn: () => {}, info: () => {}, log: () => {} };
  client.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin), logger);
  client.conn.onRequest((method) => new rpc.ResponseError(rpc.ErrorCodes.MethodNotFound, `client: ${method}`));
  client.conn.onNotification(() => {});
  client.conn.listen();

  // Waiters are re-checked whenever a frame arrives (or the process exits).
  client.wake = () => {
    client.waiters = client.waiters.filter(w => {
      let done;
      try { done = w.pred(); } catch (e) { clearTimeout(w.timer); w.reject(e); return false; }
      if (done) { clearTimeout(w.timer); w.resolve(done); return false; }
      if (client.exit || client.problems.length) { clearTimeout(w.timer); w.reject(new Error(client.exit ? `the server exited (${JSON.stringify(client.exit)})` : client.problems[0])); return false; }
      return true;
    });
  };
  // Resolves with pred()'s value once it is truthy; rejects after timeoutMs.
  client.waitFor = (pred, timeoutMs, what) => new Promise((resolve, reject) => {
    const w = { pred, resolve, reject };
    w.timer = setTimeout(() => { client.waiters = client.waiters.filter(x => x !== w); reject(new Error(`timeout after ${timeoutMs} ms: ${what}`)); }, timeoutMs);
    client.waiters.push(w);
    client.wake();
  });
  client.request = (method, params, timeoutMs = 30_000) => {
    let timer;
    return Promise.race([
      client.conn.sendRequest(method, params),
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${method}: no answer within ${timeoutMs} ms`)), timeoutMs); }),
    ]).finally(() => clearTimeout(timer));
  };
  client.notify = (method, params) => client.conn.sendNotification(method, params);
  // Writes bytes straight to the server's stdin (between whole messages of the library's writer).
  client.writeRaw = bytes => new Promise((res, rej) => child.stdin.write(bytes, e => (e ? rej(e) : res())));
  // Resident set size of the server process, in KiB (Linux /proc); null elsewhere.
  client.rssKiB = () => {
    try { const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')); return m ? +m[1] : null; } catch { return null; }
  };
  client.kill = () => { if (!client.exit) { try { child.kill('SIGKILL'); } catch { /* gone */ } } };
  return client;
}

// The initialize request of an editor with one workspace folder, then initialized.
async function initialize(client, folderUri, today) {
  const result = await client.request(P.InitializeRequest.method, {
    processId: process.pid,
    clientInfo: { name: 'incidentlang-lsp-e2e', version: '1.0.0' },
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'project' }],
    initializationOptions: today ? { today } : undefined,
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { synchronization: { didSave: true }, publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } },
    },
  }, 300_000); // the first run of ./inc may build the tool
  await client.notify(P.InitializedNotification.method, {});
  return result;
}

module.exports = { lineStarts, posAt, offsetAt, rangeOf, uriPath, startServer, initialize, P, rpc };
