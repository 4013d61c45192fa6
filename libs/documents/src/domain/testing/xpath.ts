import { validateXML } from 'xmllint-wasm';

/**
 * Evaluates an XPath 1.0 expression with libxml2 (`xmllint --xpath`, compiled to WebAssembly):
 * a second XML parser, independent of the saxes reader the code uses, to read exports back in
 * tests. Namespaced names are matched with `*[local-name()='…']`. Node sets come back
 * serialised one per line, strings and numbers as text; an empty result is ''.
 */
export async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: 'file.xml', contents: xml }],
    normalization: 'format',
    modifyArguments: () => ['--xpath', expression, 'file.xml'],
  });
  if (result.errors.some((error) => !/XPath set is empty/.test(error.rawMessage))) {
    throw new Error(`libxml2 could not read the file: ${result.errors.map((error) => error.rawMessage).join('; ')}`);
  }
  return result.normalized.replace(/\n$/, '');
}

/** `//*[local-name()='a']/*[local-name()='b']` from `a/b`: XPath over local names, namespaces aside. */
export function local(path: string): string {
  return path.replace(/(^|\/)([A-Za-z][\w-]*)/g, (_, slash: string, name: string) => `${slash}*[local-name()='${name}']`);
}
