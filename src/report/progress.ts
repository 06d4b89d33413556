// A one-line progress bar for long commands. Drawn only on a TTY (never into a pipe, a log file
// or CI output), redrawn in place with a carriage return, and erased when done. It redraws on
// each tick rather than on a timer, so it holds no handle open and its output is deterministic.
import { displayWidth, truncate, visible } from './terminal.js';
import type { OutputStream } from './types.js';

export interface Progress {
  /** One more item done; `item` names it (e.g. the document). */
  tick(item?: string): void;
  /** Erase the bar. Later ticks are ignored. */
  done(): void;
}

const BAR_CELLS = 20;
const CLEAR_LINE = '\r\u001B[K';

/**
 * One line of a terminal, redrawn in place (only when what shows changes) and erased once: what
 * the progress bar and the notice share. Later draws and erasures do nothing.
 */
function lineInPlace(stream: OutputStream): { draw(line: string): void; erase(): void } {
  let shown = '';
  let finished = false;
  return {
    draw(line) {
      if (finished) return;
      // One column short of the width, so that the terminal never wraps the line.
      const fitted = truncate(line, Math.max(1, (stream.columns || 80) - 1));
      if (fitted === shown) return;
      shown = fitted;
      stream.write(CLEAR_LINE + fitted);
    },
    erase() {
      if (!finished && displayWidth(shown) > 0) stream.write(CLEAR_LINE);
      finished = true;
    },
  };
}

export function createProgress(stream: OutputStream, options: { total: number; label: string; quiet?: boolean }): Progress {
  if (options.quiet === true || stream.isTTY !== true) return { tick() {}, done() {} };
  const total = Math.max(0, options.total);
  const line = lineInPlace(stream);
  let count = 0;

  const draw = (item: string | undefined): void => {
    const filled = total === 0 ? BAR_CELLS : Math.floor((Math.min(count, total) / total) * BAR_CELLS);
    line.draw(`${visible(options.label)} ${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${count}/${total}${item ? ` ${visible(item)}` : ''}`);
  };

  draw(undefined);
  return {
    tick(item) {
      // After done, the line draws nothing.
      count++;
      draw(item);
    },
    done() {
      line.erase();
    },
  };
}

/** Erases the notice (once; later calls do nothing); `update` redraws it with another text. */
export interface Notice {
  (): void;
  update(text: string): void;
}

/**
 * A one-line notice for a long step that has nothing to count (indexing a large memory): shown
 * on a TTY as the progress bar is, redrawn in place when the step says how far it has come, and
 * erased by calling it. Silent elsewhere and with --quiet.
 */
export function createNotice(stream: OutputStream, text: string, options: { quiet?: boolean } = {}): Notice {
  if (options.quiet === true || stream.isTTY !== true) return Object.assign(() => {}, { update() {} });
  const line = lineInPlace(stream);
  line.draw(visible(text));
  return Object.assign(() => line.erase(), { update: (next: string) => line.draw(visible(next)) });
}
