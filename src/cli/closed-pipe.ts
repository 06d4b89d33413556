// A reader that stops reading (`tessera tm lookup --batch F | head`) closes the pipe, and the next
// write fails with EPIPE, which Node raises as an unhandled error: a stack trace and exit 1. The
// command goes on to its end with that stream's output dropped instead: the files it writes and
// its exit code (what `set -o pipefail` reports) must not depend on how much of it was read.

/** Drops what is written to `stream` once its reader has closed it; other errors stay fatal. */
export function dropOutputWhenClosed(stream: NodeJS.EventEmitter): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE once, then ERR_STREAM_DESTROYED for any write to the stream it destroyed.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
