// Content errors of a build: the CLI maps them to exit code 1 and lists what they carry.

/** Segments without a publishable translation, and the edition was not allowed to be incomplete. */
export class IncompleteEditionError extends Error {
  override name = 'IncompleteEditionError';
  readonly doc: string;
  readonly lang: string;
  /** Segment IDs without translation, in document order. */
  readonly ids: string[];

  constructor(doc: string, lang: string, ids: string[]) {
    super(`${doc}: ${ids.length} segment(s) have no ${lang} translation: ${ids.join(', ')}`);
    this.doc = doc;
    this.lang = lang;
    this.ids = ids;
  }
}

/** The catalog's segments no longer match the source blocks: the source changed after extract. */
export class StaleCatalogError extends Error {
  override name = 'StaleCatalogError';
  readonly doc: string;
  /** Source blocks whose text differs from their catalog segments (or that have none). */
  readonly blocks: Array<{ index: number; line: number }>;

  constructor(doc: string, blocks: Array<{ index: number; line: number }>) {
    const where = blocks.map((b) => `block ${b.index} (line ${b.line})`).join(', ');
    super(`${doc}: the catalog is out of date with the source (${where}); run \`tessera extract\``);
    this.doc = doc;
    this.blocks = blocks;
  }
}
