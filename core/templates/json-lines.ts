/**
 * The line of a value inside JSON text, found by its path (as zod reports
 * it), so a message about a hand-edited template can say where to look.
 * Written by hand: JSON.parse keeps no positions, and none of the installed
 * JSON libraries maps a path to a place. Only called on text JSON.parse has
 * already accepted, so it need not handle malformed input gracefully.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const offset = offsetOfPath(text, path);
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A service's message about a template sent as an object (the template
 * editor's JSON box) names each wrong field by its path, 字段
 * template.sections.1.id：…; this adds the line of the box where it is.
 * Name and description have fields of their own, so get no line.
 */
export function withFieldLines(message: string, json: string): string {
  return message.replace(/字段 template\.([^\s：]+)：/g, (whole, path: string) =>
    path === 'name' || path === 'description' ? whole : `第${lineOfPath(json, path.split('.'))}行 字段 ${path}：`,
  );
}

/** Offset of the deepest value on `path` that exists (a missing field points at its object; a key at its name). */
function offsetOfPath(text: string, path: readonly PropertyKey[]): number {
  let pos = skipSpace(text, 0);
  let found = pos;
  for (const step of path) {
    const next = childOffset(text, pos, step);
    if (next === undefined) break;
    pos = next.value;
    found = next.at;
  }
  return found;
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\uFEFF';

function skipSpace(text: string, pos: number): number {
  while (isSpace(text[pos])) pos++;
  return pos;
}

/** Where `step` of the object or array at `pos` begins: its key (`at`) and its value. */
function childOffset(text: string, pos: number, step: PropertyKey): { at: number; value: number } | undefined {
  const open = text[pos];
  if (open !== '{' && open !== '[') return undefined;
  let index = 0;
  pos = skipSpace(text, pos + 1);
  while (pos < text.length && text[pos] !== '}' && text[pos] !== ']') {
    let at = pos;
    let key: string | number = index;
    if (open === '{') {
      const end = skipValue(text, pos);
      key = JSON.parse(text.slice(pos, end)) as string;
      pos = skipSpace(text, skipSpace(text, end) + 1); // past the colon
    } else {
      at = pos;
    }
    if (String(key) === String(step)) return { at, value: pos };
    pos = skipSpace(text, skipValue(text, pos));
    if (text[pos] === ',') pos = skipSpace(text, pos + 1);
    index++;
  }
  return undefined;
}

/** The offset just after the value starting at `pos`. */
function skipValue(text: string, pos: number): number {
  const char = text[pos];
  if (char === '"') {
    for (let i = pos + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i + 1;
    }
    return text.length;
  }
  if (char === '{' || char === '[') {
    let depth = 0;
    for (let i = pos; i < text.length; i++) {
      const c = text[i];
      if (c === '"') i = skipValue(text, i) - 1;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
    }
    return text.length;
  }
  let i = pos;
  while (i < text.length && !',}]'.includes(text[i]!) && !isSpace(text[i])) i++;
  return i;
}
