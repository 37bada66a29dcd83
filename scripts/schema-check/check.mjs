// The schema evolution check (NL GOV API Design Rules: breaking changes only with a new major version, deprecations
// first). Compares schema/wsp.graphql with the schema of the last released API version (schema/released/wsp-X.Y.Z.graphql)
// using graphql-inspector, and fails on a breaking change unless API-Version (src/Wsp.Gateway/Http/ApiVersion.cs) has a
// new major version than the released one, or, while the major is 0, a new minor. Deprecations and additions pass.
//
//   node check.mjs [--released DIR] [--schema FILE] [--version-file FILE]
//
// Exit codes: 0 the schema may ship under its version, 1 a breaking change without the version step it needs,
// 2 the check could not run (a missing file, no released schema, graphql-inspector failed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const { values: options } = parseArgs({
  options: {
    released: { type: 'string', default: join(root, 'schema', 'released') },
    schema: { type: 'string', default: join(root, 'schema', 'wsp.graphql') },
    'version-file': { type: 'string', default: join(root, 'src', 'Wsp.Gateway', 'Http', 'ApiVersion.cs') },
  },
});

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

function parseVersion(text, where) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!match) fail(2, `${where}: '${text}' is not a semantic version (MAJOR.MINOR.PATCH).`);
  return { text, parts: match.slice(1).map(Number) };
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a.parts[i] !== b.parts[i]) return a.parts[i] - b.parts[i];
  return 0;
}

for (const file of [options.schema, options['version-file']]) {
  if (!existsSync(file)) fail(2, `No ${file}.`);
}

const versionSource = readFileSync(options['version-file'], 'utf8');
const declared = /Current\s*=\s*"([^"]+)"/.exec(versionSource);
if (!declared) fail(2, `${options['version-file']} declares no Current = "X.Y.Z".`);
const current = parseVersion(declared[1], options['version-file']);

const released = (existsSync(options.released) ? readdirSync(options.released) : [])
  .map((name) => /^wsp-(\d+\.\d+\.\d+)\.graphql$/.exec(name))
  .filter(Boolean)
  .map((match) => ({ ...parseVersion(match[1], options.released), file: join(options.released, match[0]) }))
  .sort(compare);
if (released.length === 0) fail(2, `No released schema (wsp-X.Y.Z.graphql) in ${options.released}.`);
const last = released[released.length - 1];
if (compare(current, last) < 0) {
  fail(1, `API-Version ${current.text} is older than the last released version ${last.text}: versions only go up.`);
}

// graphql-inspector diff with our completion handler, which writes the classified changes to a file.
const work = mkdtempSync(join(tmpdir(), 'wsp-schema-check-'));
const changesFile = join(work, 'changes.json');
const inspector = join(here, 'node_modules', '@graphql-inspector', 'cli', 'cjs', 'index.js');
if (!existsSync(inspector)) fail(2, `graphql-inspector is not installed in ${here}: run 'npm ci' there (run.sh does).`);
const run = spawnSync(process.execPath, [inspector, 'diff', last.file, options.schema, '--onComplete', join(here, 'on-complete.cjs')], {
  cwd: here,
  env: { ...process.env, WSP_SCHEMA_CHANGES: changesFile },
  encoding: 'utf8',
});
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
const changes = existsSync(changesFile)
  ? JSON.parse(readFileSync(changesFile, 'utf8'))
  : { breaking: [], dangerous: [], nonBreaking: [] };
rmSync(work, { recursive: true, force: true });
if (run.status !== 0) fail(2, `graphql-inspector diff ${last.file} ${options.schema} failed (exit ${run.status ?? run.signal}).`);

const [major, minor] = current.parts;
const stepped = major !== last.parts[0] || (major === 0 && minor !== last.parts[1]);
const needed = major === 0 ? `a new minor version (0.${last.parts[1] + 1}.0)` : `a new major version (${last.parts[0] + 1}.0.0)`;
console.log(`\nSchema ${options.schema} at API-Version ${current.text} against the released ${last.text}: ` +
  `${changes.breaking.length} breaking, ${changes.dangerous.length} dangerous, ${changes.nonBreaking.length} safe change(s).`);
if (changes.breaking.length > 0 && !stepped) {
  fail(1, `FAILED: ${changes.breaking.length} breaking change(s) need ${needed} in API-Version (now ${current.text}), ` +
    'and a line in the README\'s list of breaking steps; or deprecate (@deprecated) instead of removing or changing:\n' +
    changes.breaking.map((message) => `  - ${message}`).join('\n'));
}
if (changes.breaking.length > 0) {
  console.log(`Breaking changes allowed: API-Version steps from ${last.text} to ${current.text}.`);
} else if (changes.nonBreaking.length + changes.dangerous.length > 0 && compare(current, last) === 0) {
  console.log(`Additive changes since ${last.text}: the next release raises the minor version.`);
}
console.log('OK');
