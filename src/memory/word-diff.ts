// Word-level diff between a memory source and a query, for showing a translator what changed.

export interface WordDiff {
  /** `delete`: in the memory source only; `insert`: in the query only. */
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const TOKEN = /<\/?\d+\/?>|[\p{L}\p{M}\p{N}_]+|\s+|./gsu;
/** Above this many token pairs the diff is one replacement (the LCS table would be too large). */
const MAX_CELLS = 250_000;

function push(out: WordDiff[], op: WordDiff['op'], text: string): void {
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Diff of `from` (the memory source) to `to` (the query), by words, spaces, punctuation and tags. */
export function wordDiff(from: string, to: string): WordDiff[] {
  const a = from.match(TOKEN) ?? [];
  const b = to.match(TOKEN) ?? [];
  const out: WordDiff[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (from) push(out, 'delete', from);
    if (to) push(out, 'insert', to);
    return out;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(out, 'equal', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      push(out, 'delete', a[i++]!);
    } else {
      push(out, 'insert', b[j++]!);
    }
  }
  while (i < a.length) push(out, 'delete', a[i++]!);
  while (j < b.length) push(out, 'insert', b[j++]!);
  return out;
}
