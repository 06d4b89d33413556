// Requests from other web sites are refused: a page elsewhere must not read or write the
// project through the translator's browser. The Host header must name this server (against DNS
// rebinding), and a write must come from this server's own page (the Origin header).

import { HttpError } from './http-error.js';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** Host names the server answers to; `any` when it listens on every interface (--host 0.0.0.0). */
export type HostPolicy = ReadonlySet<string> | 'any';

export function hostPolicy(bindHost: string): HostPolicy {
  const host = bareHost(bindHost);
  return WILDCARD.has(host) ? 'any' : new Set([...LOOPBACK, host]);
}

/** Whether the address is a loopback one (the default; anything else is shared with the network). */
export function isLoopback(bindHost: string): boolean {
  const host = bareHost(bindHost);
  return LOOPBACK.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Refuse a request whose Host is not this server (421), or a write whose Origin is another site (403).
 * @param write whether the method changes something (POST, PUT…)
 */
export function checkRequestOrigin(policy: HostPolicy, host: string | undefined, origin: string | undefined, write: boolean): void {
  if (!host) throw new HttpError(400, 'no-host', 'The request has no Host header.');
  const name = hostName(host);
  if (policy !== 'any' && (name === undefined || !policy.has(name))) {
    throw new HttpError(421, 'wrong-host', `This server does not answer to the host "${host}"; open it at its own address.`);
  }
  if (write && origin !== undefined && origin !== 'null') {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost !== host.toLowerCase()) {
      throw new HttpError(403, 'cross-origin', 'Changes are only accepted from the page this server serves.');
    }
  }
  if (write && origin === 'null') throw new HttpError(403, 'cross-origin', 'Changes are only accepted from the page this server serves.');
}

function hostName(host: string): string | undefined {
  try {
    return bareHost(new URL(`http://${host}`).hostname);
  } catch {
    return undefined;
  }
}

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}
