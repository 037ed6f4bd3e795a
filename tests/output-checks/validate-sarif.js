#!/usr/bin/env node
// Validates SARIF 2.1.0 logs written by `inc check --format sarif`, two independent ways:
//   1. the official SARIF 2.1.0 JSON Schema (shipped in the pinned multitool package), with ajv;
//   2. the Microsoft SARIF multitool's `validate` (SARIF1xxx/SARIF2xxx rules). Its exit code is 0
//      even when it finds problems, so its output log is read; warnings fail too.
// Usage: node validate-sarif.js FILE.sarif...   Exit: 0 valid, 1 problems, 2 tool failure.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const Ajv2020 = require('ajv/dist/2020').default;
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;

const files = process.argv.slice(2);
if (!files.length) { console.error('usage: node validate-sarif.js FILE.sarif...'); process.exit(2); }
const multitoolDir = path.join(__dirname, 'node_modules/@microsoft/sarif-multitool-linux');
const schemaPath = ['sarif-2.1.0.json', 'sarif-2.1.0-rtm.6.json'].map(f => path.join(multitoolDir, f)).find(fs.existsSync);
if (!schemaPath) { console.error('validate-sarif: the SARIF schema was not found in ' + multitoolDir); process.exit(2); }
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = (String(schema.$schema || '').includes('2020-12') ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false }));
addFormats(ajv);
const validate = ajv.compile(schema);

// run.sh installs with --ignore-scripts, which skips the package's own `chmod u+x`.
const exe = path.join(multitoolDir, 'Sarif.Multitool');
try { fs.chmodSync(exe, 0o755); } catch (e) { console.error('validate-sarif: ' + e.message); process.exit(2); }

let problems = 0;
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(doc)) console.log(`ok    ${file}: SARIF schema (${path.basename(schemaPath)})`);
  else { problems++; console.log(`FAIL  ${file}: SARIF schema`); for (const e of validate.errors) console.log(`      ${e.instancePath || '/'} ${e.message}`); }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inc-sarif-'));
  const out = path.join(tmp, 'validation.sarif');
  const r = spawnSync(exe, ['validate', path.resolve(file), '--output', out, '--log', 'ForceOverwrite', '-q'],
    { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (r.status !== 0 || !fs.existsSync(out)) { console.log(`FAIL  ${file}: multitool did not run (rc=${r.status})\n${r.stdout}${r.stderr}`); process.exit(2); }
  const results = JSON.parse(fs.readFileSync(out, 'utf8')).runs.flatMap(run => run.results || []);
  fs.rmSync(tmp, { recursive: true, force: true });
  const bad = results.filter(res => (res.level || 'warning') !== 'note' && (res.level || 'warning') !== 'none');
  for (const res of bad) console.log(`      multitool ${res.level || 'warning'} ${res.ruleId}: ${res.message?.text ?? JSON.stringify(res.message?.arguments ?? '')}`);
  if (bad.length) problems++; else console.log(`ok    ${file}: SARIF multitool validate (${results.length} note(s))`);
}
process.exit(problems ? 1 : 0);
