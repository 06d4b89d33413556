import type { Definition, PhrasingContent } from 'mdast';

/** Definitions of a document by normalized identifier, for describing link references. */
export type Definitions = ReadonlyMap<string, Definition>;

/** The description a translator sees for an inline tag (in PO `#.` comments and XLIFF notes). */
export function describeInline(node: PhrasingContent, definitions: Definitions): string {
  switch (node.type) {
    case 'emphasis':
      return 'emphasis';
    case 'strong':
      return 'strong';
    case 'delete':
      return 'strikethrough';
    case 'link':
      return `link to ${node.url}`;
    case 'linkReference': {
      const url = definitions.get(node.identifier)?.url;
      return url === undefined ? `link reference [${node.label ?? node.identifier}]` : `link to ${url}`;
    }
    case 'inlineCode':
      return `code \`${node.value}\``;
    case 'image':
      return node.alt ? `image: ${node.alt}` : `image ${node.url}`;
    case 'imageReference': {
      const url = definitions.get(node.identifier)?.url ?? `[${node.label ?? node.identifier}]`;
      return node.alt ? `image: ${node.alt}` : `image ${url}`;
    }
    case 'html':
      return `inline HTML ${node.value}`;
    case 'break':
      return 'line break';
    case 'footnoteReference':
      return `footnote [^${node.label ?? node.identifier}]`;
    default:
      return node.type;
  }
}
