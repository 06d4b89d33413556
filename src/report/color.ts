// Whether to colour output, following https://no-color.org and the FORCE_COLOR convention.

/**
 * Decide colour once, in this order: an explicit flag (`--color` / `--no-color`) wins; then
 * `NO_COLOR` set and non-empty disables; `FORCE_COLOR` enables (`0` or `false` disable, as in
 * Node and chalk); `TERM=dumb` disables; otherwise colour only on a TTY.
 */
export function shouldColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  flag?: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
