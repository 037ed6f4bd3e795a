#!/usr/bin/env bash
# Checks the VS Code extension: installs its pinned npm packages (when needed), runs the grammar
# tests and the client tests, packages the extension with vsce into a temporary folder, and checks
# what the .vsix holds. Exits non-zero on any failure. Needs Node.js 20+ and npm; the only network
# it uses is the npm registry, for `npm ci`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

export NPM_CONFIG_UPDATE_NOTIFIER=false
export NPM_CONFIG_FUND=false
export NPM_CONFIG_AUDIT=false

passed=0
failed=0
step() { printf '\n== vscode: %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf 'ok: %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAILED: %s\n' "$*" >&2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/incidentlang-vsix.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# ---- 1. packages ---------------------------------------------------------------------------
# npm ci when node_modules is missing or older than package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ ! -x node_modules/.bin/vsce ] || [ ! -x node_modules/.bin/vscode-tmgrammar-test ]; then
  step "npm ci"
  npm ci --no-audit --no-fund </dev/null
fi

# ---- 2. grammar tests ----------------------------------------------------------------------
step "grammar tests (vscode-tmgrammar-test)"
assertions="$(cat test/*.inc | grep -cE '^//[[:space:]]*(\^|<~*-)' || true)"
if timeout 300 node_modules/.bin/vscode-tmgrammar-test -g syntaxes/incidentlang.tmLanguage.json 'test/*.inc' </dev/null; then
  ok "grammar tests ($(ls test/*.inc | wc -l) files, $assertions assertion lines)"
else
  fail "grammar tests"
fi

# ---- 3. client tests -----------------------------------------------------------------------
step "client tests (node --test)"
if timeout 300 node --test test/client.test.js </dev/null; then
  ok "client tests"
else
  fail "client tests"
fi

# ---- 4. package ----------------------------------------------------------------------------
step "vsce package"
version="$(node -p "require('./package.json').version")"
vsix="$tmp/incidentlang-$version.vsix"
if timeout 300 node_modules/.bin/vsce package --out "$vsix" </dev/null; then
  ok "vsce package"
else
  fail "vsce package"
fi

# ---- 5. the .vsix's contents ---------------------------------------------------------------
step "contents of $(basename "$vsix")"
if [ -s "$vsix" ]; then
  if node - "$vsix" <<'EOF'
// Lists the .vsix (a zip) with yauzl, which vsce itself depends on, and checks the entries.
const yauzl = require(require.resolve('yauzl', { paths: [process.cwd() + '/node_modules/@vscode/vsce', process.cwd()] }));
const vsix = process.argv[2];
yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
  if (error) { console.error(error.message); process.exit(1); }
  const names = [];
  const files = new Map();
  zip.on('entry', (entry) => {
    names.push(entry.fileName);
    if (entry.fileName === 'extension/package.json') {
      zip.openReadStream(entry, (err, stream) => {
        if (err) { console.error(err.message); process.exit(1); }
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => { files.set(entry.fileName, Buffer.concat(chunks).toString('utf8')); zip.readEntry(); });
      });
    } else {
      zip.readEntry();
    }
  });
  zip.on('end', () => {
    const problems = [];
    const required = [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/extension.js',
      'extension/language-configuration.json',
      'extension/syntaxes/incidentlang.tmLanguage.json',
      'extension/LICENSE.txt',
      'extension/readme.md',
      'extension/node_modules/vscode-languageclient/package.json',
      'extension/node_modules/vscode-languageclient/node.js',
      'extension/node_modules/vscode-languageserver-protocol/package.json',
      'extension/node_modules/vscode-jsonrpc/package.json',
    ];
    for (const name of required) {
      if (!names.includes(name)) problems.push(`missing ${name}`);
    }
    const unwanted = names.filter((n) => /^extension\/(test\/|check\.sh$)|\.vsix$|^extension\/node_modules\/(@vscode\/vsce|vscode-tmgrammar-test|vscode-textmate)\//.test(n));
    for (const name of unwanted) problems.push(`should not be packaged: ${name}`);
    try {
      const manifest = JSON.parse(files.get('extension/package.json') || '{}');
      const main = String(manifest.main || '').replace(/^\.\//, '');
      if (!names.includes(`extension/${main}`)) problems.push(`main ${manifest.main} is not in the package`);
      const grammar = (manifest.contributes?.grammars || [])[0];
      if (!grammar || grammar.scopeName !== 'source.incidentlang') problems.push('no grammar for source.incidentlang');
    } catch (e) {
      problems.push(`extension/package.json: ${e.message}`);
    }
    console.log(`${names.length} entries`);
    for (const name of names.filter((n) => !n.startsWith('extension/node_modules/'))) console.log(`  ${name}`);
    const modules = [...new Set(names.filter((n) => n.startsWith('extension/node_modules/'))
      .map((n) => n.split('/').slice(2, n.split('/')[2].startsWith('@') ? 4 : 3).join('/')))];
    console.log(`  extension/node_modules/: ${modules.join(', ')}`);
    if (problems.length) { for (const p of problems) console.error(p); process.exit(1); }
  });
  zip.readEntry();
});
EOF
  then
    ok "vsix contents ($(wc -c <"$vsix") bytes)"
  else
    fail "vsix contents"
  fi
else
  fail "no .vsix was written"
fi

printf '\nvscode: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
