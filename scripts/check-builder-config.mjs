#!/usr/bin/env node
// Checks electron-builder.yml without building: loads it the way
// electron-builder does (app-builder-lib's getConfig) and validates it with
// electron-builder's own validator (validateConfiguration: its JSON schema,
// scheme.json, plus its checks for deprecated options), then checks what 稿匠
// needs from it that a schema cannot know: the files and hooks it names exist
// and the Electron fuses are set.
//
//   node scripts/check-builder-config.mjs [config.yml]     exit 0 valid, 1 invalid
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.resolve(process.argv[2] ?? path.join(projectDir, 'electron-builder.yml'));

// app-builder-lib has no "exports" map: these are the modules electron-builder itself calls.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { log } = require('builder-util');

async function check() {
  const problems = [];
  // getConfig logs "loaded configuration" through electron-builder's logger; keep stdout to our verdict.
  log.info = () => {};
  const config = await getConfig(projectDir, configFile, null);
  try {
    await validateConfiguration(config, { isEnabled: false, add() {} });
  } catch (error) {
    problems.push(error.message);
  }
  if (typeof config.afterPack === 'string' && !existsSync(path.resolve(projectDir, config.afterPack))) {
    problems.push(`afterPack hook ${config.afterPack} does not exist`);
  }
  // The hardening docs/security.md promises: a fuse left at Electron's default is a finding.
  const fuses = config.electronFuses ?? {};
  const expected = { runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableCookieEncryption: true, enableEmbeddedAsarIntegrityValidation: true };
  for (const [fuse, value] of Object.entries(expected)) {
    if (fuses[fuse] !== value) problems.push(`electronFuses.${fuse} must be ${value}`);
  }
  for (const resource of config.extraResources ?? []) {
    const from = typeof resource === 'string' ? resource : resource.from;
    if (from && !existsSync(path.resolve(projectDir, from))) problems.push(`extraResources: ${from} does not exist`);
  }
  return problems;
}

try {
  const problems = await check();
  if (problems.length > 0) {
    console.error(`${path.relative(projectDir, configFile)}: invalid\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`${path.relative(projectDir, configFile)}: valid electron-builder configuration`);
} catch (error) {
  console.error(`${path.relative(projectDir, configFile)}: cannot be read: ${error.message}`);
  process.exit(1);
}
