import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's python3, which has python-docx; a pyenv python3 earlier on PATH may not. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const READ_PARAGRAPHS = `
import json, sys, docx
document = docx.Document(sys.argv[1])
paragraphs = [{"style": p.style.name if p.style is not None else None, "text": p.text} for p in document.paragraphs]
print(json.dumps(paragraphs, ensure_ascii=False))
`;

export interface PythonDocxParagraph {
  style: string | null;
  text: string;
}

/** The body paragraphs as python-docx, a second independent parser, reads them. */
export async function pythonDocxParagraphs(docxPath: string): Promise<PythonDocxParagraph[]> {
  const { stdout } = await run(SYSTEM_PYTHON, ['-c', READ_PARAGRAPHS, docxPath], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as PythonDocxParagraph[];
}
