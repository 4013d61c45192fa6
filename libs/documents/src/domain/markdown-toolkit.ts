/**
 * The unified/mdast packages are ESM-only. This library compiles to CommonJS, so it loads
 * them with a dynamic `import()` — kept as a real `import()` by SWC (`ignoreDynamic` in
 * tools/swc-options.cjs) — which works in the built dist on Node 20 and in jest, whose
 * `npm test` runs with --experimental-vm-modules (jest cannot `require()` ESM there).
 * The promise is cached: the modules load once per process.
 */
import type { Schema } from 'hast-util-sanitize' with { 'resolution-mode': 'import' };
import type { Root } from 'mdast';
import type { gfm } from 'micromark-extension-gfm' with { 'resolution-mode': 'import' };

type Extension = ReturnType<typeof gfm>;
/** One entry of a construct record: a construct, or several tried in order. */
type Constructs = NonNullable<NonNullable<Extension['text']>[string]>;
type Construct = Extract<Constructs, unknown[]>[number];

/** Words of the rendered HTML itself, in the document's language (screen readers read them). */
export interface HtmlLabels {
  /** Heading of the footnotes section ("Footnotes", "脚注"). */
  footnotes: string;
  /** Link text back from a footnote to where it is cited. */
  backToContent: string;
}

export interface MarkdownToolkit {
  parse(markdown: string): Root;
  stringify(tree: Root): string;
  toHtml(tree: Root, labels?: HtmlLabels): string;
}

/** The class of rendered text shown in the source language because its translation is not ready. */
export const FALLBACK_CLASS = 'source-fallback';

let loading: Promise<MarkdownToolkit> | undefined;

export function loadMarkdownToolkit(): Promise<MarkdownToolkit> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<MarkdownToolkit> {
  // One at a time: jest's ESM loader fails ("request … is not in cache") when modules that
  // share dependencies are linked concurrently.
  const fromMarkdownModule = await import('mdast-util-from-markdown');
  const gfmSyntax = await import('micromark-extension-gfm');
  const gfmMdast = await import('mdast-util-gfm');
  const toMarkdownModule = await import('mdast-util-to-markdown');
  const toHastModule = await import('mdast-util-to-hast');
  const sanitizeModule = await import('hast-util-sanitize');
  const toHtmlModule = await import('hast-util-to-html');
  const schema = safeHtmlSchema(sanitizeModule.defaultSchema);
  const syntax = gfmSyntaxFor(gfmSyntax.gfm());
  return {
    parse: (markdown) =>
      fromMarkdownModule.fromMarkdown(markdown, {
        extensions: [syntax(markdown)],
        mdastExtensions: [gfmMdast.gfmFromMarkdown()],
      }),
    stringify: (tree) =>
      toMarkdownModule.toMarkdown(tree, {
        extensions: [gfmMdast.gfmToMarkdown()],
        bullet: '-',
        emphasis: '*',
        strong: '*',
        fences: true,
        rule: '-',
        listItemIndent: 'one',
      }),
    // Raw HTML in documents is dropped, not passed through, and links and images keep only
    // safe URLs (javascript:, vbscript:, data: go): rendered output is safe to embed.
    toHtml: (tree, labels) =>
      toHtmlModule.toHtml(
        sanitizeModule.sanitize(toHastModule.toHast(tree, labels ? { footnoteLabel: labels.footnotes, footnoteBackLabel: labels.backToContent } : {}), schema),
      ),
  };
}

/** GFM constructs tried on every line (tables) or every word (literal autolinks) of a text. */
const TABLE = ['table'];
const AUTOLINK_LITERAL = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];
/** A table's delimiter row has a `|`, or a colon against a dash (`:-`, `-:`) in a one-column table. */
const MAY_HOLD_TABLE = /\||:-|-:/;
/** A literal autolink is an e-mail address or starts with `www.`, `http://` or `https://`. */
const MAY_HOLD_AUTOLINK_LITERAL = /@|www\.|https?:\/\//i;

/**
 * GFM syntax for one text, without the constructs that cannot match in it: micromark tries
 * the table on each paragraph line and the e-mail autolink at each word, and a text without
 * their characters pays for nothing (a fifth of parsing plain prose). The characters are read
 * raw, as micromark reads them; the tree is the same either way.
 */
function gfmSyntaxFor(full: Extension): (markdown: string) => Extension {
  const variants = new Map<string, Extension>();
  return (markdown) => {
    const left = [...(MAY_HOLD_TABLE.test(markdown) ? [] : TABLE), ...(MAY_HOLD_AUTOLINK_LITERAL.test(markdown) ? [] : AUTOLINK_LITERAL)];
    const key = left.join();
    let variant = variants.get(key);
    if (!variant) {
      variant = withoutConstructs(full, new Set(left));
      variants.set(key, variant);
    }
    return variant;
  };
}

function withoutConstructs(extension: Extension, names: ReadonlySet<string>): Extension {
  if (!names.size) return extension;
  const hooks = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'] as const;
  const out: Extension = { ...extension };
  for (const hook of hooks) {
    const record = extension[hook];
    if (!record) continue;
    const kept = Object.entries(record)
      .map(([code, constructs]): [string, Construct[]] => [
        code,
        ([] as Construct[]).concat(constructs ?? []).filter((construct) => !names.has(construct.name ?? '')),
      ])
      .filter(([, constructs]) => constructs.length > 0);
    out[hook] = Object.fromEntries(kept);
  }
  return out;
}

/**
 * GitHub's schema (what mdast-util-to-hast emits) with links limited to http(s), mailto and
 * relative URLs and images to http(s) and relative ones. Schemes are compared as written, so
 * `JavaScript:` or ` javascript:` match no allowed scheme and are dropped too. No clobbering:
 * to-hast already prefixes footnote ids, and a second prefix would break their links.
 */
function safeHtmlSchema(defaults: Schema): Schema {
  return {
    ...defaults,
    clobber: [],
    clobberPrefix: '',
    // Text that fell back to the source language is marked (rebuild.ts): its language and one class.
    attributes: { ...defaults.attributes, span: [...(defaults.attributes?.span ?? []), ['className', FALLBACK_CLASS]] },
    protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
  };
}
