import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './corpus.js';

const run = promisify(execFile);

/** ECMA-376 / ISO 29500 schemas beside the repository (see its README). */
export const OOXML_SCHEMAS = path.resolve(REPO_ROOT, '../shared/ooxml-schemas');
/** Transitional WordprocessingML plus Word 2010's extensions; it imports the ISO wml.xsd. */
export const WML_SCHEMA = path.join(OOXML_SCHEMAS, 'microsoft/wml-2010.xsd');

/**
 * What a consumer does before reading a part (ECMA-376 Part 3, Markup
 * Compatibility): `mc:Ignorable` names namespaces it may ignore, and the
 * attribute itself is not part of the WordprocessingML schema (the bundled
 * wml.xsd allows it on w:document only). Drops the attribute and any
 * attributes in the ignorable namespaces; elements in them are left, so
 * the schema still rejects those.
 */
export function applyMarkupCompatibility(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let processed = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const prefix of ignorable) {
    processed = processed.replace(new RegExp(`\\s${prefix}:[A-Za-z]+="[^"]*"`, 'g'), '');
  }
  return processed;
}

export interface SchemaResult {
  valid: boolean;
  output: string;
}

/** Validates an XML file with xmllint against one schema. */
export async function validateWithSchema(xmlPath: string, schemaPath: string = WML_SCHEMA): Promise<SchemaResult> {
  try {
    const { stdout, stderr } = await run('xmllint', ['--noout', '--schema', schemaPath, xmlPath]);
    return { valid: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { valid: false, output: stdout + stderr };
  }
}
