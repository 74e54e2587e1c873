/**
 * One hostile import in a process of its own (see hostile-bench.ts), so its
 * peak memory is its own: `node hostile-child.js <file>` prints one JSON line
 * with the import's time, its outcome and the process's peak RSS.
 */
import { GaojiangError } from '../core/errors.js';
import { importFile } from '../core/node/import-file.js';

const file = process.argv[2]!;
const start = performance.now();
let outcome: string;
try {
  const result = await importFile(file);
  outcome = `imports ${result.drafts.length} draft(s)`;
} catch (error) {
  outcome = error instanceof GaojiangError ? error.userMessage : `fault: ${String(error)}`;
}
const ms = performance.now() - start;
// maxRSS is in kilobytes.
process.stdout.write(`${JSON.stringify({ ms, outcome, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
