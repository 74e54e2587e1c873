import { ALLOW_ANY_PATH, createNodeFileSystem } from '../core/node/file-system.js';
import { createServiceImplementation } from '../core/services/implementation.js';
import { createLocalServices } from '../core/services/local.js';
import { buildProgram } from './program.js';
import { reportFailure } from './run.js';

// The CLI may touch any file its user names: the user typed the path.
const services = createLocalServices(createServiceImplementation(createNodeFileSystem(ALLOW_ANY_PATH)));
const context = {
  services,
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
};

try {
  await buildProgram(context).parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error, context.stderr);
}
