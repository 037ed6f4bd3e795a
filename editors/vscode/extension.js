// IncidentLang for VS Code: starts `inc lsp` (the IncidentLang language server) over stdio.
// Syntax highlighting comes from the TextMate grammar declared in package.json.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const {
  LanguageClient,
  TransportKind,
  State,
  ErrorAction,
  CloseAction,
  RevealOutputChannelOn,
} = require('vscode-languageclient/node');

const CLIENT_ID = 'incidentlang'; // also makes vscode-languageclient honour `incidentlang.trace.server`
const CLIENT_NAME = 'IncidentLang Language Server';
const PATH_SETTING = 'incidentlang.server.path';
const ARGS_SETTING = 'incidentlang.server.args';
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let outputChannel;
/** @type {vscode.Disposable[]} */
let clientDisposables = [];
/** Serialises start/stop/restart so that commands and setting changes cannot interleave. */
let pending = Promise.resolve();

/** Replaces `~` and `${workspaceFolder}` / `${userHome}` in a setting value. */
function expandVariables(value, workspaceFolder) {
  let result = value.replace(/\$\{userHome\}/g, os.homedir());
  if (workspaceFolder) {
    result = result.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  if (result === '~' || result.startsWith('~/') || result.startsWith('~\\')) {
    result = path.join(os.homedir(), result.slice(1));
  }
  return result;
}

/**
 * Resolves the `incidentlang.server.path` setting to an executable file.
 * A bare name (`inc`) is looked up on PATH (with PATHEXT on Windows); a relative path
 * is taken relative to the first workspace folder. Returns undefined when nothing is found.
 */
function resolveExecutable(command, workspaceFolder, env = process.env, platform = process.platform) {
  const isWindows = platform === 'win32';
  const extensions = isWindows
    ? ['', ...(env.PATHEXT || '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((e) => e.toLowerCase())]
    : [''];
  const candidates = (base) => extensions.map((ext) => base + ext);
  const isFile = (file) => {
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) {
        return false;
      }
      if (!isWindows) {
        fs.accessSync(file, fs.constants.X_OK);
      }
      return true;
    } catch {
      return false;
    }
  };

  const hasSeparator = command.includes('/') || (isWindows && command.includes('\\'));
  if (hasSeparator || path.isAbsolute(command)) {
    const base = path.isAbsolute(command) ? command : path.resolve(workspaceFolder || process.cwd(), command);
    return candidates(base).find(isFile);
  }

  const pathVar = env.PATH ?? env.Path ?? '';
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    const found = candidates(path.join(dir, command)).find(isFile);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** Reads the server settings; `problem` is set when the executable cannot be found. */
function serverSettings() {
  const config = vscode.workspace.getConfiguration('incidentlang');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const configured = String(config.get('server.path') || 'inc').trim() || 'inc';
  const rawArgs = config.get('server.args');
  const args = (Array.isArray(rawArgs) ? rawArgs : ['lsp']).map((a) => expandVariables(String(a), folder));
  const command = expandVariables(configured, folder);
  const executable = resolveExecutable(command, folder);
  return { configured, command: executable || command, args, cwd: folder, found: executable !== undefined };
}

async function showStartError(detail) {
  const openSettings = 'Open Settings';
  const showOutput = 'Show Output';
  const choice = await vscode.window.showErrorMessage(
    `IncidentLang: could not start the language server. ${detail} ` +
      `Install the IncidentLang command-line tool, or set "${PATH_SETTING}" to the full path of the \`inc\` executable ` +
      `(and "${ARGS_SETTING}" to the arguments that start its language server, by default ["lsp"]).`,
    openSettings,
    showOutput
  );
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'incidentlang.server');
  } else if (choice === showOutput) {
    outputChannel?.show(true);
  }
}

/** Restarts a crashed server a few times, then gives up with a message that offers a manual restart. */
function createErrorHandler() {
  const restarts = [];
  return {
    error(_error, _message, count) {
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed() {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) {
        restarts.shift();
      }
      if (restarts.length <= MAX_RESTARTS) {
        outputChannel?.appendLine(`[client] The language server stopped unexpectedly; restarting it (${restarts.length}/${MAX_RESTARTS}).`);
        return { action: CloseAction.Restart, handled: true };
      }
      const restart = 'Restart Server';
      void vscode.window
        .showErrorMessage(
          `IncidentLang: the language server stopped ${MAX_RESTARTS + 1} times in the last 3 minutes and will not be restarted automatically. ` +
            'See the "IncidentLang" output for details.',
          restart
        )
        .then((choice) => {
          if (choice === restart) {
            void vscode.commands.executeCommand('incidentlang.restartServer');
          }
        });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

async function startClient() {
  const settings = serverSettings();
  outputChannel.appendLine(
    `[client] Starting ${settings.command} ${settings.args.join(' ')}` + (settings.cwd ? ` (in ${settings.cwd})` : '')
  );
  if (!settings.found) {
    const where = settings.configured.includes('/') || settings.configured.includes('\\') ? 'does not exist or is not executable' : 'was not found on PATH';
    outputChannel.appendLine(`[client] "${settings.configured}" ${where}.`);
    void showStartError(`"${settings.configured}" ${where}.`);
    return;
  }

  /** @type {import('vscode-languageclient/node').Executable} */
  const executable = {
    command: settings.command,
    args: settings.args,
    // vscode-languageclient appends `--stdio`, which `inc lsp` accepts.
    transport: TransportKind.stdio,
    options: {
      cwd: settings.cwd,
      env: process.env,
      // Windows cannot spawn .cmd/.bat shims without a shell.
      shell: process.platform === 'win32' && /\.(cmd|bat)$/i.test(settings.command),
    },
  };
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const serverOptions = { run: executable, debug: executable };

  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.inc'),
    vscode.workspace.createFileSystemWatcher('**/incidentlang.json'),
  ];
  clientDisposables.push(...watchers);

  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'incidentlang' }],
    synchronize: { fileEvents: watchers },
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: createErrorHandler(),
    initializationFailedHandler: (error) => {
      outputChannel.appendLine(`[client] Initialization failed: ${error && error.message ? error.message : String(error)}`);
      void showStartError(`The server did not initialize (${error && error.message ? error.message : 'unknown error'}).`);
      return false;
    },
  };

  const newClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  clientDisposables.push(
    newClient.onDidChangeState((event) => {
      if (event.newState === State.Running) {
        outputChannel.appendLine('[client] The language server is running.');
      } else if (event.newState === State.Stopped) {
        outputChannel.appendLine('[client] The language server has stopped.');
      }
    })
  );
  client = newClient;
  try {
    await newClient.start();
  } catch (error) {
    const message = error && error.message ? error.message : String(error);
    outputChannel.appendLine(`[client] ${message}`);
    const notFound = error && (error.code === 'ENOENT' || /ENOENT/.test(message));
    void showStartError(notFound ? `"${settings.command}" could not be run (${message}).` : message);
  }
}

async function stopClient() {
  const old = client;
  client = undefined;
  if (old) {
    try {
      if (old.state !== State.Stopped) {
        await old.stop(2000);
      }
    } catch (error) {
      outputChannel?.appendLine(`[client] Stopping the language server failed: ${error && error.message ? error.message : error}`);
    }
    try {
      await old.dispose(2000);
    } catch {
      // already stopped
    }
  }
  for (const disposable of clientDisposables.splice(0)) {
    disposable.dispose();
  }
}

function enqueue(work) {
  pending = pending.then(work, work).catch((error) => {
    outputChannel?.appendLine(`[client] ${error && error.stack ? error.stack : error}`);
  });
  return pending;
}

function restartClient() {
  return enqueue(async () => {
    outputChannel.appendLine('[client] Restarting the language server.');
    await stopClient();
    await startClient();
  });
}

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  outputChannel = vscode.window.createOutputChannel('IncidentLang');
  context.subscriptions.push(outputChannel);

  context.subscriptions.push(
    vscode.commands.registerCommand('incidentlang.restartServer', () => restartClient()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(PATH_SETTING) || event.affectsConfiguration(ARGS_SETTING)) {
        void restartClient();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // Workspace settings for the server path only apply once the workspace is trusted.
      void restartClient();
    }),
    { dispose: () => void enqueue(stopClient) }
  );

  return enqueue(startClient);
}

function deactivate() {
  return enqueue(stopClient);
}

module.exports = { activate, deactivate, resolveExecutable, expandVariables };
