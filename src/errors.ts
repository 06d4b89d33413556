// Errors that the CLI turns into exit code 2 with one clear message. Stages throw these for
// bad input (a malformed file, an unknown language); anything else is a bug.

/** Bad input: a malformed or unreadable file, an unknown language, a bad flag. */
export class InputError extends Error {
  override name = 'InputError';
  /** Path of the offending file, relative to the project root when known. */
  readonly file: string | undefined;
  /** 1-based line in `file`. */
  readonly line: number | undefined;

  constructor(message: string, where: { file?: string | undefined; line?: number | undefined } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
  }

  /** `file:line: message`, the form editors and terminals link. */
  override toString(): string {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${place}${this.message}`;
  }
}

/** An input error at a known place, with the file filled in by the caller later if unknown. */
export function inputError(message: string, file?: string, line?: number): InputError {
  return new InputError(message, { file, line });
}
