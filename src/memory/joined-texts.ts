// Many short texts searched for a phrase again and again: kept end to end in a few long strings,
// each text followed by a NUL, so that a search is one `indexOf` pass per string instead of one
// call per text. A long string is cut into chunks well below the longest string V8 can make
// (2^29 − 24 code units), since a memory's texts can add up to more.

/** Texts `first + i` of a list: text i is `text[starts[i], starts[i + 1] − 1)` (a NUL follows each). */
export interface TextChunk {
  text: string;
  starts: Uint32Array;
  first: number;
}

/** Characters per chunk (a longer text gets a chunk of its own). */
const CHUNK = 1 << 26;

export function joinTexts(texts: Iterable<string>, limit = CHUNK): TextChunk[] {
  const chunks: TextChunk[] = [];
  let parts: string[] = [];
  let offsets = [0];
  let count = 0;
  const close = (): void => {
    chunks.push({ text: parts.join(''), starts: Uint32Array.from(offsets), first: count - parts.length });
    parts = [];
    offsets = [0];
  };
  for (const text of texts) {
    const part = `${text}\0`;
    if (parts.length > 0 && offsets[offsets.length - 1]! + part.length > limit) close();
    parts.push(part);
    offsets.push(offsets[offsets.length - 1]! + part.length);
    count++;
  }
  if (parts.length > 0) close();
  return chunks;
}

/** Where a text that contains the phrase is: its number, the chunk's string, its [start, end) there and the first occurrence. */
export type TextFound = [number, string, number, number, number];

/** The texts that contain `wanted`, in order, without copying them out of their chunk; `wanted` is not empty. */
export function* textsContaining(chunks: readonly TextChunk[], wanted: string): Generator<TextFound> {
  for (const { text, starts, first } of chunks) {
    for (let at = text.indexOf(wanted); at >= 0; ) {
      const i = textAt(starts, at);
      const end = starts[i + 1]! - 1;
      // A phrase holding a NUL could be found across two texts: not an occurrence.
      if (at + wanted.length > end) {
        at = text.indexOf(wanted, at + 1);
        continue;
      }
      yield [first + i, text, starts[i]!, end, at];
      at = text.indexOf(wanted, end + 1);
    }
  }
}

/** The text whose stretch of `starts` holds position `at`. */
function textAt(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}
