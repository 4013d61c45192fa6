import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The OASIS XLIFF 2.0 core schema and the W3C xml.xsd it imports, kept in the repository (see its NOTICE.md). */
export const XLIFF_SCHEMA_DIR = path.resolve(__dirname, '../../../../../test/fixtures/xliff-2.0');
/** The OASIS XLIFF 1.2 strict schema and xml.xsd, kept in the repository (see its NOTICE.md). */
export const XLIFF_12_SCHEMA_DIR = path.resolve(__dirname, '../../../../../test/fixtures/xliff-1.2');
const XML_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';

const schema = { fileName: 'xliff_core_2.0.xsd', contents: readFileSync(path.join(XLIFF_SCHEMA_DIR, 'xliff_core_2.0.xsd'), 'utf8') };
// Under the path the core schema's xs:import names, so libxml2 resolves it without a network.
const preload = { fileName: XML_XSD, contents: readFileSync(path.join(XLIFF_SCHEMA_DIR, XML_XSD), 'utf8') };

// The 1.2 schema imports xml.xsd from its W3C address: pointed at the local copy here (the
// file itself stays as published), so libxml2 never tries the network.
const schema12 = {
  fileName: 'xliff-core-1.2-strict.xsd',
  contents: readFileSync(path.join(XLIFF_12_SCHEMA_DIR, 'xliff-core-1.2-strict.xsd'), 'utf8').replace(
    'schemaLocation="http://www.w3.org/2001/xml.xsd"',
    'schemaLocation="xml.xsd"',
  ),
};
const preload12 = { fileName: 'xml.xsd', contents: readFileSync(path.join(XLIFF_12_SCHEMA_DIR, 'xml.xsd'), 'utf8') };

/** Validates against the XLIFF 2.0 core schema with libxml2 compiled to WebAssembly (no system xmllint). */
export async function validateXliff(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], schema: [schema], preload: [preload] });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** Validates against the XLIFF 1.2 strict schema, as validateXliff does for 2.0. */
export async function validateXliff12(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], schema: [schema12], preload: [preload12] });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** What `xmllint --format` makes of a file: the pretty-printer a translator may run on it. */
export async function prettyPrint(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], normalization: 'format' });
  return result.normalized;
}
