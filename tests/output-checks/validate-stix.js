#!/usr/bin/env node
// Validates the STIX 2.1 bundles `inc build` writes (<incident>.stix.json), with Ajv and the
// OASIS STIX 2.1 JSON schemas (github.com/oasis-open/cti-stix2-json-schemas):
//
//   node validate-stix.js --schemas SCHEMA_DIR PATH...
//
// PATH is a folder (its *.stix.json files, not recursive) or a file. SCHEMA_DIR holds the
// schemas' common/, sdos/, sros/ (and observables/) folders. When SCHEMA_DIR does not exist,
// nothing is checked: the script says so and exits 0 ("skipped"), so machines without the
// schemas can still run it.
//
// Checks, per bundle:
//   - the wrapper: "type": "bundle", an id "bundle--<uuid>", a non-empty "objects" array, no other
//     property. (The upstream bundle.json is not used: it wrongly rejects note, opinion and
//     location objects, so each object is validated by the schema of its own type instead.)
//   - every object against the schema of its type: sros/ for relationship and sighting, common/
//     for marking-definition, language-content and extension-definition, sdos/ or observables/
//     otherwise; "spec_version": "2.1" on every object;
//   - ids unique within the bundle;
//   - every *_ref / *_refs value (at any depth) is the id of an object of the bundle, and every
//     object_marking_refs entry is a marking-definition;
//   - IncidentLang's own promises (§6): exactly one report, whose object_refs list every other
//     object, and every object other than a marking definition carries object_marking_refs.
// Ajv runs with unicodeRegExp:false and strict:false: the OASIS schemas need both.
// Exit codes: 0 every bundle valid (or skipped), 1 a problem found, 2 bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

function usage(message) {
  if (message) console.error(`validate-stix: ${message}`);
  console.error('usage: node validate-stix.js --schemas SCHEMA_DIR PATH...');
  process.exit(2);
}

function parseArgs(argv) {
  let schemas = null;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--schemas') schemas = argv[++i] ?? usage('--schemas needs a folder');
    else if (arg === '-h' || arg === '--help') usage();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (!schemas) usage('no --schemas folder given');
  if (paths.length === 0) usage('no bundle or folder given');
  return { schemas, paths };
}

const { schemas: schemaDir, paths } = parseArgs(process.argv.slice(2));
if (!fs.existsSync(schemaDir) || !fs.statSync(schemaDir).isDirectory()) {
  console.log(`validate-stix: skipped: no STIX 2.1 schema folder at ${schemaDir} (nothing was checked)`);
  process.exit(0);
}

// --- schemas: every *.json with an $id, addressed by its path relative to SCHEMA_DIR ---
const walk = dir => fs.readdirSync(dir, { withFileTypes: true })
  .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  .flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []);
const ajv = new Ajv2020({ allErrors: true, unicodeRegExp: false, strict: false });
addFormats(ajv);
const idByRelative = new Map();
for (const file of walk(schemaDir)) {
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`validate-stix: cannot read schema ${file}: ${e.message}`);
    process.exit(2);
  }
  if (!schema || typeof schema.$id !== 'string') continue;
  ajv.addSchema(schema);
  idByRelative.set(path.relative(schemaDir, file).split(path.sep).join('/'), schema.$id);
}
if (!idByRelative.has('sdos/report.json') || !idByRelative.has('sros/relationship.json') || !idByRelative.has('common/marking-definition.json')) {
  console.error(`validate-stix: ${schemaDir} does not look like the OASIS STIX 2.1 schemas (no sdos/report.json, sros/relationship.json or common/marking-definition.json)`);
  process.exit(2);
}

const validators = new Map();
function validatorFor(type) {
  if (validators.has(type)) return validators.get(type);
  const candidates = type === 'relationship' || type === 'sighting' ? ['sros']
    : ['marking-definition', 'language-content', 'extension-definition'].includes(type) ? ['common']
    : ['sdos', 'observables'];
  let validate = null;
  for (const folder of candidates) {
    const id = idByRelative.get(`${folder}/${type}.json`);
    if (id) { validate = ajv.getSchema(id); break; }
  }
  validators.set(type, validate);
  return validate;
}

// --- the bundles ---
const files = [];
for (const p of paths) {
  if (!fs.existsSync(p)) usage(`${p} does not exist`);
  if (fs.statSync(p).isDirectory()) {
    files.push(...fs.readdirSync(p).filter(n => n.endsWith('.stix.json')).sort().map(n => path.join(p, n)));
  } else {
    files.push(p);
  }
}
if (files.length === 0) {
  console.log(`validate-stix: FAILED: no *.stix.json files in ${paths.join(', ')} (inc build writes one per incident)`);
  process.exit(1);
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
const BUNDLE_ID = new RegExp(`^bundle--${UUID}$`);
const isObject = x => x !== null && typeof x === 'object' && !Array.isArray(x);
const describeErrors = errors => errors.slice(0, 3).map(e => `${e.instancePath || '/'} ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`).join('; ');

function collectRefs(value, at, out) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectRefs(v, `${at}/${i}`, out));
  } else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (/_refs?$/.test(key)) {
        for (const ref of [].concat(v)) out.push({ key, at: `${at}/${key}`, ref });
      }
      collectRefs(v, `${at}/${key}`, out);
    }
  }
}

let failed = 0;
for (const file of files) {
  const problems = [];
  const counts = {};
  let bundle;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    problems.push(`not JSON: ${e.message}`);
  }

  if (bundle !== undefined) {
    if (!isObject(bundle) || bundle.type !== 'bundle') problems.push('the top level is not an object with "type": "bundle"');
    else {
      if (typeof bundle.id !== 'string' || !BUNDLE_ID.test(bundle.id)) problems.push(`bundle id ${JSON.stringify(bundle.id)} is not bundle--<uuid>`);
      if (!Array.isArray(bundle.objects) || bundle.objects.length === 0) problems.push('"objects" is missing or empty');
      for (const key of Object.keys(bundle)) {
        if (!['type', 'id', 'objects'].includes(key)) problems.push(`the bundle has a property "${key}" (STIX 2.1 bundles have type, id and objects only)`);
      }
    }
  }

  const objects = bundle && Array.isArray(bundle.objects) ? bundle.objects : [];
  const byId = new Map();
  objects.forEach((o, i) => {
    const where = `objects[${i}]`;
    if (!isObject(o) || typeof o.type !== 'string' || typeof o.id !== 'string') {
      problems.push(`${where}: not an object with a string type and id`);
      return;
    }
    counts[o.type] = (counts[o.type] || 0) + 1;
    if (byId.has(o.id)) problems.push(`${where}: duplicate id ${o.id}`);
    else byId.set(o.id, o);
    if (o.spec_version !== '2.1') problems.push(`${o.id}: spec_version is ${JSON.stringify(o.spec_version)}, not "2.1"`);
    const validate = validatorFor(o.type);
    if (!validate) problems.push(`${o.id}: no schema for type ${o.type}`);
    else if (!validate(o)) problems.push(`${o.id}: ${describeErrors(validate.errors)}`);
  });

  const refs = [];
  objects.forEach(o => { if (isObject(o)) collectRefs(o, o.id, refs); });
  for (const { key, at, ref } of refs) {
    if (typeof ref !== 'string') problems.push(`${at}: ${JSON.stringify(ref)} is not an id`);
    else if (!byId.has(ref)) problems.push(`${at}: dangling reference ${ref}`);
    else if (key === 'object_marking_refs' && byId.get(ref).type !== 'marking-definition') problems.push(`${at}: ${ref} is not a marking-definition`);
  }

  const reports = objects.filter(o => isObject(o) && o.type === 'report');
  if (reports.length !== 1) problems.push(`${reports.length} report objects (inc writes exactly one per bundle)`);
  else {
    const listed = new Set(Array.isArray(reports[0].object_refs) ? reports[0].object_refs : []);
    for (const o of objects) {
      if (isObject(o) && o !== reports[0] && !listed.has(o.id)) problems.push(`${o.id}: not in the report's object_refs`);
    }
  }
  for (const o of objects) {
    if (isObject(o) && o.type !== 'marking-definition' && !(Array.isArray(o.object_marking_refs) && o.object_marking_refs.length > 0)) {
      problems.push(`${o.id}: no object_marking_refs (every object carries the incident's TLP marking)`);
    }
  }

  const summary = Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ');
  if (problems.length === 0) {
    console.log(`ok ${file}: ${objects.length} objects (${summary})`);
  } else {
    failed++;
    console.log(`FAILED ${file}: ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 50)) console.log(`  - ${p}`);
    if (problems.length > 50) console.log(`  … and ${problems.length - 50} more`);
  }
}

console.log(failed === 0
  ? `validate-stix: ${files.length} bundle(s) valid against ${schemaDir}`
  : `validate-stix: ${failed} of ${files.length} bundle(s) FAILED`);
process.exit(failed === 0 ? 0 : 1);
