/**
 * What a malformed XML file is told, as a stable reason code (`documents.xml.<reason>` in
 * the message files) and the name it concerns. The parser's own messages are English
 * sentences; translators who import into a pt-BR or zh-CN portal must read them in their
 * language, so each is mapped to a reason here.
 */
export const XML_REASONS = [
  'encoding',
  'noRoot',
  'unexpectedCloseTag',
  'unclosedTag',
  'unexpectedEnd',
  'duplicateAttribute',
  'attributeSyntax',
  'unboundPrefix',
  'badName',
  'badCharacter',
  'badEntity',
  'outsideRoot',
  'declaration',
  'comment',
  'syntax',
] as const;

export type XmlReason = (typeof XML_REASONS)[number];

const PATTERNS: [RegExp, XmlReason][] = [
  [/^(unexpected close tag|unmatched closing tag|weird empty close tag)/i, 'unexpectedCloseTag'],
  [/^unclosed tag/i, 'unclosedTag'],
  [/^unexpected end/i, 'unexpectedEnd'],
  [/^duplicate attribute/i, 'duplicateAttribute'],
  [
    /^(attribute without value|unquoted attribute value|value must be quoted|value required|no whitespace between attributes|did not expect any more name\/value pairs)/i,
    'attributeSyntax',
  ],
  [/^unbound namespace prefix|undefine prefix/i, 'unboundPrefix'],
  [
    /^(malformed name|disallowed character in (tag|attribute|closing tag|processing instruction) name|disallowed character in closing tag|tags may not have)/i,
    'badName',
  ],
  [/^disallowed character/i, 'badCharacter'],
  [/entity/i, 'badEntity'],
  [/(outside of root|only one root|must contain a root|before root|doctype declaration)/i, 'outsideRoot'],
  [/(XML declaration|version number|encoding value|standalone value|expected the name|expected one of|character \? is disallowed)/i, 'declaration'],
  [/comment/i, 'comment'],
];

const NAME = /(?:tag|attribute|name|prefix):\s*"?([^\s".]+(?:\.[^\s".]+)*)"?\.?$/i;

export function xmlProblemReason(message: string): { reason: XmlReason; name: string } {
  const reason = PATTERNS.find(([pattern]) => pattern.test(message))?.[1] ?? 'syntax';
  return { reason, name: NAME.exec(message)?.[1] ?? '' };
}
