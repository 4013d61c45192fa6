import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The OASIS XLIFF 2.0 core schema and the W3C xml.xsd it imports, kept in the repository (see its NOTICE.md). */
export const XLIFF_SCHEMA_DIR = path.resolve(__dirname, '../../../../../test/fixtures/xliff-2.0');
const XML_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';

const schema = { fileName: 'xliff_core_2.0.xsd', contents: readFileSync(path.join(XLIFF_SCHEMA_DIR, 'xliff_core_2.0.xsd'), 'utf8') };
// Under the path the core schema's xs:import names, so libxml2 resolves it without a network.
const preload = { fileName: XML_XSD, contents: readFileSync(path.join(XLIFF_SCHEMA_DIR, XML_XSD), 'utf8') };

/** Validates against the XLIFF 2.0 core schema with libxml2 compiled to WebAssembly (no system xmllint). */
export async function validateXliff(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], schema: [schema], preload: [preload] });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/** What `xmllint --format` makes of a file: the pretty-printer a translator may run on it. */
export async function prettyPrint(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], normalization: 'format' });
  return result.normalized;
}
