// An answer other than 2xx, thrown by handlers and turned into a JSON body in one place.

export class HttpError extends Error {
  override name = 'HttpError';

  /**
   * @param status HTTP status
   * @param code short machine-readable reason (`bad-json`, `conflict`, `not-found`…)
   * @param extra more fields of the JSON body (a 409 carries the current version)
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, 'bad-request', message);
export const notFound = (message: string): HttpError => new HttpError(404, 'not-found', message);
