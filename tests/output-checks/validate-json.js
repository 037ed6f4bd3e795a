#!/usr/bin/env node
// Validates JSON files against a JSON Schema with Ajv (and ajv-formats).
//
//   node validate-json.js --schema SCHEMA.json [--strict] FILE.json...
//
// The draft is the one the schema declares in "$schema": 2020-12 or 2019-09, else draft-07.
// Other *.json schemas in the schema's folder that declare the same draft are added too, so
// "$ref"s between the project's schemas resolve by "$id".
// --strict turns on Ajv's strict mode (unknown keywords, formats and the like in the schema are
// then errors).
// Exit codes: 0 every file valid, 1 some file invalid or unreadable, 2 usage or schema error.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv07 = require('ajv').default;
const Ajv2019 = require('ajv/dist/2019').default;
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const AJV_VERSION = require('ajv/package.json').version;

function usage(message) {
  if (message) console.error(`validate-json: ${message}`);
  console.error('usage: node validate-json.js --schema SCHEMA.json [--strict] FILE.json...');
  process.exit(2);
}

function parseArgs(argv) {
  let schema = null;
  let strict = false;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--schema') schema = argv[++i] ?? usage('--schema needs a file');
    else if (arg === '--strict') strict = true;
    else if (arg === '-h' || arg === '--help') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!schema) usage('no --schema given');
  if (files.length === 0) usage('no files given');
  return { schema, strict, files };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function draftOf(schema) {
  const declared = String(schema.$schema || '');
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (declared === '' || /draft-0[67]/.test(declared)) return 'draft-07';
  throw new Error(`unsupported "$schema": ${declared}`);
}

function makeAjv(draft, strict) {
  const options = { allErrors: true, strict, verbose: false };
  const ajv = draft === '2020-12' ? new Ajv2020(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv07(options);
  addFormats(ajv);
  return ajv;
}

// "/claims/3/confidence/level" plus the message, with the offending value when it is short.
function describe(error) {
  const where = error.instancePath || '(root)';
  let detail = error.message || error.keyword;
  if (error.keyword === 'additionalProperties') detail += `: "${error.params.additionalProperty}"`;
  else if (error.keyword === 'enum') detail += `: ${JSON.stringify(error.params.allowedValues)}`;
  return `${where} ${detail} [${error.schemaPath}]`;
}

function main() {
  const { schema: schemaFile, strict, files } = parseArgs(process.argv.slice(2));
  let validate;
  let draft;
  try {
    const schema = readJson(schemaFile);
    draft = draftOf(schema);
    const ajv = makeAjv(draft, strict);
    const folder = path.dirname(path.resolve(schemaFile));
    for (const name of fs.readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (!name.endsWith('.json') || file === path.resolve(schemaFile)) continue;
      let other;
      try { other = readJson(file); } catch { continue; }
      if (other && typeof other === 'object' && other.$id && other.$schema && draftOf(other) === draft) ajv.addSchema(other);
    }
    validate = ajv.compile(schema);
  } catch (error) {
    console.error(`validate-json: schema ${schemaFile}: ${error.message}`);
    process.exit(2);
  }

  console.log(`ajv ${AJV_VERSION} (JSON Schema ${draft}${strict ? ', strict' : ''}) against ${schemaFile}`);
  let invalid = 0;
  for (const file of files) {
    let data;
    try {
      data = readJson(file);
    } catch (error) {
      invalid++;
      console.log(`FAIL  ${file}: not readable JSON: ${error.message}`);
      continue;
    }
    if (validate(data)) {
      console.log(`ok    ${file}`);
    } else {
      invalid++;
      console.log(`FAIL  ${file}: ${validate.errors.length} error(s)`);
      for (const error of validate.errors) console.log(`    - ${describe(error)}`);
    }
  }
  console.log(`validate-json: ${files.length} file(s), ${invalid} invalid`);
  process.exit(invalid ? 1 : 0);
}

main();
