#!/usr/bin/env node
// npm run lint:security — two static checks of the Electron boundary:
//
// 1. ESLint with Microsoft's SDL rules and the project's own (eslint.config.mjs)
//    over electron/, host/ and renderer/src: any finding fails.
// 2. Electronegativity (Doyensec), an Electron-specific scanner. It is
//    unmaintained since 2024, so it is advisory: every finding is printed,
//    and only a HIGH one not accepted, with a reason, in docs/security.md
//    ("Accepted electronegativity findings") fails the run.
//
// Electronegativity fetches translations and Electron release data over the
// network; the app and its CI are offline, so that client is replaced by
// one that answers "not found" at once, and the release check is skipped.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function runEslint() {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
  const results = await eslint.lintFiles(['electron', 'host', 'renderer/src']);
  const errors = results.reduce((n, result) => n + result.errorCount + result.warningCount, 0);
  const files = results.length;
  if (errors > 0) process.stdout.write((await eslint.loadFormatter('stylish')).format(results));
  console.log(`eslint (SDL + project rules): ${files} files, ${errors} findings`);
  return errors === 0;
}

/** Rows of the accepted-findings table in docs/security.md: `| CHECK_ID | file | reason |`. */
export function acceptedFindings(markdown) {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Accepted electronegativity findings')) ?? '';
  return section
    .split('\n')
    .filter((line) => /^\|\s*`?[A-Z_]+`?\s*\|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, '')))
    .map(([id, file, reason]) => ({ id, file, reason: reason ?? '' }));
}

function offlineElectronegativity() {
  const base = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [path.join(base, 'dist')] });
  const notFound = async () => ({ statusCode: 404, body: '' });
  const stub = new Module(gotPath);
  stub.exports = Object.assign(notFound, { default: notFound });
  stub.loaded = true;
  require.cache[gotPath] = stub;
  return require(path.join(base, 'dist', 'runner.js'));
}

async function runElectronegativity() {
  // What ships to the Electron side, as source (the scanner reads TypeScript): main and preload, the page and its CSP.
  const stage = mkdtempSync(path.join(tmpdir(), 'gaojiang-electronegativity-'));
  try {
    cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true });
    cpSync(path.join(root, 'renderer', 'src'), path.join(stage, 'renderer', 'src'), { recursive: true });
    cpSync(path.join(root, 'renderer', 'index.html'), path.join(stage, 'renderer', 'index.html'));
    cpSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));
    const run = offlineElectronegativity();
    const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
    const result = await run({
      input: stage,
      isRelative: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
    const accepted = acceptedFindings(readFileSync(path.join(root, 'docs', 'security.md'), 'utf8'));
    const isAccepted = (issue) =>
      accepted.some((entry) => entry.id === issue.id && entry.reason !== '' && (entry.file === '*' || entry.file === issue.file));
    const failing = [];
    for (const issue of result.issues) {
      const severity = issue.severity.name;
      const verdict = severity !== 'HIGH' ? 'advisory' : isAccepted(issue) ? 'accepted' : 'NOT ACCEPTED';
      if (verdict === 'NOT ACCEPTED') failing.push(issue);
      console.log(`  ${severity.padEnd(13)} ${issue.id.padEnd(34)} ${`${issue.file}:${issue.location.line}`.padEnd(34)} ${verdict}`);
    }
    for (const error of result.errors) console.log(`  could not parse ${error.file}: ${error.message}`);
    const high = result.issues.filter((issue) => issue.severity.name === 'HIGH').length;
    console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${result.issues.length} findings, ${high} HIGH, ${failing.length} HIGH not accepted`);
    return failing.length === 0 && result.errors.length === 0;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const eslintOk = await runEslint();
  const scanOk = await runElectronegativity();
  process.exitCode = eslintOk && scanOk ? 0 : 1;
}
