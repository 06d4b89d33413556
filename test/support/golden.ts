// Golden files: compare output with a file under test/fixtures/, or rewrite it with UPDATE=1.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Expect `actual` to equal the golden file at `url`; with UPDATE=1, write it instead. */
export function expectGolden(url: URL, actual: string): void {
  if (process.env.UPDATE === '1') {
    writeFileSync(url, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(url, 'utf8');
  } catch {
    throw new Error(`golden file ${url.pathname} is missing: run with UPDATE=1 to create it`);
  }
  expect(actual).toBe(expected);
}
