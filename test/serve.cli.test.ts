// `tessera serve` on the command line: its flags and the errors it reports before listening.
// (The server itself is tested in-process through startServer: serve.api and e2e.serve.)

import { describe, expect, it } from 'vitest';
import { projectWith, sampleProject, tessera } from './support/cli.js';

describe('tessera serve', () => {
  it('is listed in the help, with its flags', async () => {
    const main = await tessera(['--help'], sampleProject());
    expect(main.stdout).toMatch(/^ {2}serve\b.*Translate in the browser/m);
    const help = await tessera(['serve', '--help'], sampleProject());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--port <value>  port to listen on (default: 4400; 0 picks a free one)');
    expect(help.stdout).toContain('--host <value>  address to listen on (default: 127.0.0.1, this computer only)');
    expect(help.stdout).toContain('A save is refused if the');
  });

  it.each([
    { args: ['--port', 'http'], message: '--port must be a number from 0 to 65535, not "http"' },
    { args: ['--port', '65536'], message: '--port must be a number from 0 to 65535, not "65536"' },
    { args: ['--port=-1'], message: '--port must be a number from 0 to 65535, not "-1"' },
    { args: ['--colour'], message: 'Unknown option' },
  ])('refuses $args with exit 2', async ({ args, message }) => {
    const result = await tessera(['serve', ...args], sampleProject());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('reports a malformed configuration with its file and line before listening', async () => {
    const dir = projectWith({ 'tessera.config.json': '{\n  "sourceLang": "fr",\n  "targetLangs": ["en", "xx"]\n}\n' });
    const result = await tessera(['serve', '--port', '0'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tessera serve: tessera\.config\.json:3: unknown language "xx"/);
  });
});
