import path from 'node:path';
import { ALLOW_ANY_PATH } from '../../core/node/file-system.js';
import { createNodeServiceImplementation, type NodeServiceOptions } from '../../core/node/services.js';
import { createLocalServices } from '../../core/services/local.js';
import { REPO_ROOT } from './corpus.js';
import { tempDir } from './temp-dir.js';

/**
 * The services as the CLI builds them, on a fresh library folder (or the one given),
 * with the built-in templates and no recent-files list unless asked.
 */
export function localServices(options: Partial<NodeServiceOptions> = {}) {
  const libraryDir = options.libraryDir ?? tempDir();
  const services = createLocalServices(
    createNodeServiceImplementation({ policy: ALLOW_ANY_PATH, templatesDir: path.join(REPO_ROOT, 'templates'), trackRecent: false, ...options, libraryDir }),
  );
  return { services, libraryDir };
}
