import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOW_ANY_PATH } from '../core/node/file-system.js';
import { createNodeServiceImplementation, defaultLibraryDir, findTemplatesDir, type NodeServiceImplementation } from '../core/node/services.js';
import { createLocalServices } from '../core/services/local.js';
import { buildProgram } from './program.js';
import { reportFailure } from './run.js';

// Closed at the end, so a 金句库 the command opened is checkpointed (no -wal file left behind).
const opened: NodeServiceImplementation[] = [];
// The CLI may touch any file its user names: the user typed the path.
const servicesWith = (quoteLibraryFile?: string) => {
  const implementation = createNodeServiceImplementation({
    policy: ALLOW_ANY_PATH,
    libraryDir: defaultLibraryDir(),
    templatesDir: findTemplatesDir(fileURLToPath(import.meta.url)),
    trackRecent: false,
    quoteLibraryFile,
  });
  opened.push(implementation);
  return createLocalServices(implementation);
};
const services = servicesWith();
const context = {
  services,
  // `--library <file>` names another 金句库 (tests never touch the one in the home folder).
  quoteServices: (libraryFile: string | undefined) => (libraryFile ? servicesWith(path.resolve(libraryFile)) : services),
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
};

try {
  await buildProgram(context).parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error, context.stderr);
} finally {
  await Promise.all(opened.map((implementation) => implementation.close().catch(() => undefined)));
}
