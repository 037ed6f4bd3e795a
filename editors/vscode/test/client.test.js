// Tests for extension.js without VS Code: a stand-in `vscode` module (recording what the
// extension asks of the editor) and a fake stdio language server (test/fixtures/fake-server.js).
// Run with: node --test test/
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { test, before, after } = require('node:test');

const FAKE_SERVER = path.join(__dirname, 'fixtures', 'fake-server.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'incidentlang-vscode-test-'));
const logFile = path.join(tmp, 'starts.jsonl');
process.env.FAKE_LSP_LOG = logFile;

// ---- a stand-in for the `vscode` module -------------------------------------------------------

// The server is `node fake-server.js lsp`, so the test does not depend on the fixture's executable bit.
const settings = { 'server.path': process.execPath, 'server.args': [FAKE_SERVER, 'lsp'], 'trace.server': 'off' };
const recorded = { errors: [], watchers: [], commands: new Map(), output: [], configListeners: [] };

class Disposable {
  constructor(fn) { this._fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose())); }
  dispose() { if (this._fn) { this._fn(); this._fn = undefined; } }
}

class EventEmitter {
  constructor() {
    this._listeners = new Set();
    this.event = (listener, thisArg) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this._listeners.add(bound);
      return new Disposable(() => this._listeners.delete(bound));
    };
  }
  fire(value) { for (const l of [...this._listeners]) l(value); }
  dispose() { this._listeners.clear(); }
}

class CancellationTokenSource {
  constructor() { this._emitter = new EventEmitter(); this.token = { isCancellationRequested: false, onCancellationRequested: this._emitter.event }; }
  cancel() { this.token.isCancellationRequested = true; this._emitter.fire(); }
  dispose() { this._emitter.dispose(); }
}

const uri = (fsPath) => ({ scheme: 'file', fsPath, path: fsPath, toString: () => `file://${fsPath}`, with: () => uri(fsPath) });

/** Anything the tests do not care about: callable, constructible, disposable, never thenable. */
function anything() {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'dispose') return () => {};
      return anything();
    },
    apply() { return anything(); },
    construct() { return anything(); },
  });
}

function namespace(members) {
  return new Proxy(members, { get: (t, key) => (key in t ? t[key] : anything()) });
}

const noEvent = () => new Disposable();
const workspaceFolder = { uri: uri(tmp), name: 'tmp', index: 0 };

const vscodeMock = namespace({
  version: '1.90.0',
  Disposable,
  EventEmitter,
  CancellationTokenSource,
  CancellationError: class CancellationError extends Error {},
  Uri: { file: uri, parse: (s) => uri(s.replace(/^file:\/\//, '')) },
  env: namespace({ language: 'en', appName: 'Stand-in', machineId: 'test', sessionId: 'test' }),
  window: namespace({
    createOutputChannel: (name) => namespace({
      name,
      append: (s) => recorded.output.push(s),
      appendLine: (s) => recorded.output.push(s + '\n'),
      show: () => {},
      clear: () => {},
      dispose: () => {},
    }),
    showErrorMessage: (message) => { recorded.errors.push(message); return Promise.resolve(undefined); },
    showWarningMessage: () => Promise.resolve(undefined),
    showInformationMessage: () => Promise.resolve(undefined),
    activeTextEditor: undefined,
    visibleTextEditors: [],
    tabGroups: namespace({ all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent }),
    onDidChangeActiveTextEditor: noEvent,
    onDidChangeVisibleTextEditors: noEvent,
  }),
  workspace: namespace({
    workspaceFolders: [workspaceFolder],
    textDocuments: [],
    notebookDocuments: [],
    getWorkspaceFolder: () => workspaceFolder,
    getConfiguration: (section) => ({
      get: (key, fallback) => {
        const full = section ? `${section}.${key}` : key;
        if (full.startsWith('incidentlang.')) {
          const value = settings[full.slice('incidentlang.'.length)];
          return value === undefined ? fallback : value;
        }
        return fallback;
      },
      has: () => false,
      inspect: () => undefined,
      update: () => Promise.resolve(),
    }),
    createFileSystemWatcher: (glob) => {
      const watcher = { glob, onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, disposed: false, dispose() { this.disposed = true; } };
      recorded.watchers.push(watcher);
      return watcher;
    },
    onDidChangeConfiguration: (listener) => { recorded.configListeners.push(listener); return new Disposable(); },
    onDidGrantWorkspaceTrust: noEvent,
    onDidOpenTextDocument: noEvent,
    onDidCloseTextDocument: noEvent,
    onDidChangeTextDocument: noEvent,
    onDidSaveTextDocument: noEvent,
    onWillSaveTextDocument: noEvent,
    onDidChangeWorkspaceFolders: noEvent,
    onDidOpenNotebookDocument: noEvent,
    onDidCloseNotebookDocument: noEvent,
    onDidChangeNotebookDocument: noEvent,
    onDidSaveNotebookDocument: noEvent,
  }),
  languages: namespace({ match: () => 0 }),
  commands: namespace({
    registerCommand: (id, fn) => { recorded.commands.set(id, fn); return new Disposable(() => recorded.commands.delete(id)); },
    executeCommand: () => Promise.resolve(),
  }),
});

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscodeMock;
  return originalLoad.call(this, request, parent, isMain);
};

const extension = require('../extension.js');
const context = { subscriptions: [] };

// ---- helpers ---------------------------------------------------------------------------------

const starts = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

async function waitFor(predicate, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}; client output:\n${recorded.output.join('')}`);
}

const isAlive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

// ---- tests -----------------------------------------------------------------------------------

before(async () => {
  await extension.activate(context);
});

after(async () => {
  await extension.deactivate();
  for (const d of context.subscriptions) d.dispose();
  Module._load = originalLoad;
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('resolveExecutable looks bare names up on PATH and relative paths in the workspace folder', () => {
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const exe = path.join(bin, 'inc');
  fs.writeFileSync(exe, '#!/bin/sh\n');
  fs.chmodSync(exe, 0o755);
  const plain = path.join(bin, 'not-executable');
  fs.writeFileSync(plain, '');
  fs.chmodSync(plain, 0o644);

  assert.equal(extension.resolveExecutable('inc', tmp, { PATH: ['/nonexistent', bin].join(path.delimiter) }, 'linux'), exe);
  assert.equal(extension.resolveExecutable('inc', tmp, { PATH: '/nonexistent' }, 'linux'), undefined);
  assert.equal(extension.resolveExecutable('bin/inc', tmp, { PATH: '' }, 'linux'), exe);
  assert.equal(extension.resolveExecutable(exe, undefined, { PATH: '' }, 'linux'), exe);
  assert.equal(extension.resolveExecutable('bin/not-executable', tmp, { PATH: '' }, 'linux'), undefined);
  assert.equal(extension.resolveExecutable('bin', tmp, { PATH: '' }, 'linux'), undefined, 'a folder is not an executable');
});

test('expandVariables replaces ${workspaceFolder}, ${userHome} and ~', () => {
  assert.equal(extension.expandVariables('${workspaceFolder}/inc', '/w'), '/w/inc');
  assert.equal(extension.expandVariables('${userHome}/inc', '/w'), `${os.homedir()}/inc`);
  assert.equal(extension.expandVariables('~/bin/inc', '/w'), path.join(os.homedir(), 'bin/inc'));
  assert.equal(extension.expandVariables('inc', '/w'), 'inc');
});

test('activation starts the configured server over stdio with the configured arguments', async () => {
  await waitFor(() => starts().length === 1, 'the server to start');
  assert.deepEqual(starts()[0].args, ['lsp', '--stdio']);
  await waitFor(() => recorded.output.join('').includes('The language server is running.'), 'the client to reach the running state');
  assert.deepEqual(recorded.watchers.map((w) => w.glob).sort(), ['**/*.inc', '**/incidentlang.json']);
  assert.ok(recorded.commands.has('incidentlang.restartServer'));
  assert.deepEqual(recorded.errors, []);
});

test('incidentlang.restartServer stops the old server and starts a new one', async () => {
  const first = starts()[0];
  await recorded.commands.get('incidentlang.restartServer')();
  await waitFor(() => starts().length === 2, 'a second server start');
  await waitFor(() => !isAlive(first.pid), 'the first server to exit');
  assert.ok(recorded.watchers.slice(0, 2).every((w) => w.disposed), 'the old file watchers are disposed');
  assert.deepEqual(recorded.errors, []);
});

test('a missing inc executable gives an error that names the setting', async () => {
  settings['server.path'] = 'inc-that-does-not-exist';
  const before = starts().length;
  for (const l of recorded.configListeners) l({ affectsConfiguration: (s) => s === 'incidentlang.server.path' });
  await waitFor(() => recorded.errors.length > 0, 'an error message');
  assert.match(recorded.errors[0], /inc-that-does-not-exist/);
  assert.match(recorded.errors[0], /incidentlang\.server\.path/);
  assert.equal(starts().length, before, 'no new server was started');
});

test('changing incidentlang.server.args restarts the server with the new arguments', async () => {
  settings['server.path'] = process.execPath;
  settings['server.args'] = [FAKE_SERVER, 'lsp', '--verbose'];
  const before = starts().length;
  for (const l of recorded.configListeners) l({ affectsConfiguration: (s) => s === 'incidentlang.server.args' });
  await waitFor(() => starts().length === before + 1, 'a restart after the settings change');
  assert.deepEqual(starts().at(-1).args, ['lsp', '--verbose', '--stdio']);
});

test('deactivate stops the server', async () => {
  const last = starts().at(-1);
  await waitFor(() => recorded.output.join('').split('The language server is running.').length - 1 >= 3, 'the restarted client to run');
  await extension.deactivate();
  await waitFor(() => !isAlive(last.pid), 'the server to exit');
});
