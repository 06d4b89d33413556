// XLIFF inline content → block text with numbered tags. Codes become `<n>…</n>` / `<n/>`, their
// number taken from the code's ID so that source and target codes (which share IDs in XLIFF)
// get the same number and a translator's reordering survives. Annotations (2.0 <mrk>, <sm>,
// <em>; 1.2 <mrk>) mark text but are not markup of the article: their text is kept, the marker
// dropped. Native code inside 1.2 <bpt>/<ept>/<ph>/<it> is the tool's, not text.

import { inputError } from '../../errors.js';
import { escapeText } from '../../source/index.js';
import { elements, type XNode } from './xml-tree.js';

/** Tag numbers of one unit's codes, by code ID. */
export class CodeNumbers {
  private readonly numbers = new Map<string, number>();
  private next: number;

  /** `ids`: every code ID of the unit, sources first, in order of appearance. */
  constructor(ids: readonly string[]) {
    const numeric = ids.filter((id) => /^[1-9]\d{0,5}$/.test(id));
    for (const id of numeric) this.numbers.set(id, Number(id));
    this.next = Math.max(0, ...numeric.map(Number)) + 1;
    for (const id of ids) this.of(id);
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** The number of a code ID (a new one for an ID not seen before). */
  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.next++;
      this.numbers.set(id, n);
    }
    return n;
  }
}

/** How an inline element reads, per XLIFF version. */
export type InlineRole =
  /** A span: `<n>`, its content, `</n>` (2.0 <pc>, 1.2 <g>). */
  | { kind: 'span'; id: string }
  | { kind: 'standalone'; id: string }
  /** Start of a span whose end is a separate element (2.0 <sc>, 1.2 <bx>/<bpt>/<it pos=open>). */
  | { kind: 'start'; id: string }
  /**
   * End of a span; `id` names its start (2.0 <ec startRef>, 1.2 <ex>/<ept>); `isolated` when
   * the start is outside the unit (2.0 <ec isolated="yes">, 1.2 <it pos="close">).
   */
  | { kind: 'end'; id: string; isolated?: boolean }
  /** Annotation: content kept, marker dropped. */
  | { kind: 'annotation' }
  /** Marker without content (2.0 <sm>/<em>). */
  | { kind: 'marker' }
  /** A character XML cannot hold (2.0 <cp hex>). */
  | { kind: 'char'; char: string };

export type InlineRoles = (node: XNode) => InlineRole | undefined;

/** IDs of the codes that start or stand alone, in order of appearance, for {@link CodeNumbers}. */
export function codeIds(nodes: readonly XNode[], roleOf: InlineRoles): string[] {
  const ids: string[] = [];
  const visit = (node: XNode): void => {
    const role = roleOf(node);
    if (role && 'id' in role && role.kind !== 'end') ids.push(role.id);
    if (role?.kind === 'span' || role?.kind === 'annotation') elements(node).forEach(visit);
  };
  nodes.forEach((node) => elements(node).forEach(visit));
  return ids;
}

export interface InlineContext {
  file: string;
  roleOf: InlineRoles;
  numbers: CodeNumbers;
  /** Whether whitespace is significant (`xml:space="preserve"` in scope). */
  preserve: boolean;
}

/** Block text of a <source> / <target> (or 1.2 <mrk mtype="seg">). */
export function readInline(container: XNode, ctx: InlineContext): string {
  // Ends whose ID does not name an open start (1.2 <ept> IDs vary by tool) close the latest one.
  const open: Array<{ id: string; n: number }> = [];
  const endNumber = (id: string, isolated: boolean): number => {
    const at = open.findLastIndex((o) => o.id === id);
    if (at >= 0) return (open.splice(at, 1)[0] as { n: number }).n;
    // An end whose start is in an earlier segment of the unit (2.0 <ec startRef>) has a number.
    if (isolated || ctx.numbers.has(id) || open.length === 0) return ctx.numbers.of(id);
    return (open.pop() as { n: number }).n;
  };
  const read = (node: XNode): string =>
    node.children
      .map((child) => {
        if (typeof child === 'string') return escapeText(child);
        const role = ctx.roleOf(child);
        if (!role) throw inputError(`unexpected <${child.local}> inside <${node.local}>`, ctx.file, child.line);
        switch (role.kind) {
          case 'span': {
            const n = ctx.numbers.of(role.id);
            return `<${n}>${read(child)}</${n}>`;
          }
          case 'standalone':
            return `<${ctx.numbers.of(role.id)}/>`;
          case 'start': {
            const n = ctx.numbers.of(role.id);
            open.push({ id: role.id, n });
            return `<${n}>`;
          }
          case 'end':
            return `</${endNumber(role.id, role.isolated === true)}>`;
          case 'annotation':
            return read(child);
          case 'marker':
            return '';
          case 'char':
            return escapeText(role.char);
        }
      })
      .join('');
  const text = read(container);
  // XML whitespace only: a no-break space (French typography) is text.
  return ctx.preserve ? text : text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}
