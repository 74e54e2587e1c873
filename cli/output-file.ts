import path from 'node:path';
import { writeFileDurably } from '../core/node/safe-write.js';

/**
 * A file a command writes, as `export` writes its .docx: never
 * half-written (a crash leaves the old file), the previous one kept as
 * `<name>.bak` — `check --fix -o` may be pointed at the writer's own file.
 * Returns the absolute path, for the message.
 */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<string> {
  const output = path.resolve(file);
  await writeFileDurably(output, data, { backup: true });
  return output;
}
