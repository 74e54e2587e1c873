import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { serviceContract } from '../../core/services/contract.js';

/**
 * Every argument the page can send is bounded by its schema: each string
 * has a maximum length or a fixed format (a regular expression, an ISO
 * date), each array a maximum number of items, each byte payload a size
 * check. An operation that forgets one lets page code make the main
 * process hold whatever it sends.
 */
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;
const checkKinds = (def: Def): string[] => ((def.checks as z.core.$ZodCheck[] | undefined) ?? []).map((check) => check._zod.def.check);

function unbounded(schema: z.core.$ZodType, where: string, found: string[], seen = new Set<z.core.$ZodType>()): string[] {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = defOf(schema);
  const inner = (child: unknown, at = where): void => void unbounded(child as z.core.$ZodType, at, found, seen);
  switch (def.type) {
    case 'string':
      // A format of its own (z.iso.date()) or a .regex() check bounds it too.
      if (def.format === undefined && !checkKinds(def).some((kind) => kind === 'max_length' || kind === 'length_equals' || kind === 'string_format')) {
        found.push(where);
      }
      break;
    case 'array':
      if (!checkKinds(def).includes('max_length')) found.push(`${where}[]`);
      inner(def.element, `${where}[]`);
      break;
    case 'custom':
      // z.instanceof(Uint8Array) bounded by a .refine on its length.
      if (checkKinds(def).length === 0) found.push(where);
      break;
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) inner(value, `${where}.${key}`);
      break;
    case 'union':
      (def.options as unknown[]).forEach((option, i) => inner(option, `${where}|${i}`));
      break;
    case 'record':
      inner(def.keyType, `${where}{key}`);
      inner(def.valueType, `${where}{}`);
      break;
    case 'tuple':
      (def.items as unknown[]).forEach((item, i) => inner(item, `${where}[${i}]`));
      break;
    case 'lazy':
      inner((def.getter as () => unknown)());
      break;
    case 'pipe':
      inner(def.in);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      inner(def.innerType);
      break;
  }
  return found;
}

describe('service contract', () => {
  it('bounds every string, array and byte payload of every operation’s argument', () => {
    const found = Object.entries(serviceContract).flatMap(([name, operation]) => unbounded(operation.input, name, []));
    expect(found).toEqual([]);
  });
});
