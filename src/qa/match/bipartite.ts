// Pairing of two multisets whose items may have several readings (a number that is also a
// time, a numeric date read day-first or month-first): maximum bipartite matching.

/** Result of `pairUp`: matched index pairs and the indexes left over on each side. */
export interface Pairing {
  pairs: Array<[source: number, target: number]>;
  unmatchedSource: number[];
  unmatchedTarget: number[];
}

/**
 * Pair source items with target items so that as many as possible are matched (Kuhn's
 * augmenting paths). Items are tried in the order given by `order` (earlier ones keep their
 * partners), and each source item tries target items in `targetOrder`.
 */
export function pairUp<S, T>(
  source: readonly S[],
  target: readonly T[],
  compatible: (s: S, t: T) => boolean,
  order: { source?: readonly number[]; target?: readonly number[] } = {},
): Pairing {
  const sourceOrder = order.source ?? source.map((_, i) => i);
  const targetOrder = order.target ?? target.map((_, i) => i);
  const partnerOfTarget = new Array<number>(target.length).fill(-1);
  const edges = source.map((s) => targetOrder.filter((j) => compatible(s, target[j] as T)));

  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const current = partnerOfTarget[j] ?? -1;
      if (current === -1 || augment(current, seen)) {
        partnerOfTarget[j] = i;
        return true;
      }
    }
    return false;
  };
  for (const i of sourceOrder) augment(i, new Array<boolean>(target.length).fill(false));

  const pairs: Array<[number, number]> = [];
  const matchedSource = new Set<number>();
  partnerOfTarget.forEach((i, j) => {
    if (i !== -1) {
      pairs.push([i, j]);
      matchedSource.add(i);
    }
  });
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedSource: source.map((_, i) => i).filter((i) => !matchedSource.has(i)),
    unmatchedTarget: target.map((_, j) => j).filter((j) => partnerOfTarget[j] === -1),
  };
}
