import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommand } from '../src/cli/main.js';
import { projectWith, read, sampleProject, snapshot, tessera, write } from './support/cli.js';

describe('tessera command line contract', () => {
  it('lists every command in --help and exits 0', async () => {
    const { code, stdout } = await tessera(['--help'], sampleProject());
    expect(code).toBe(0);
    for (const name of ['init', 'segment', 'extract', 'status', 'check', 'qa', 'build']) expect(stdout).toContain(`  ${name}`);
  });

  it.each(COMMAND_NAMES)('loads the command named %s', async (name) => {
    expect((await loadCommand(name))?.name).toBe(name);
  });

  it.each(COMMAND_NAMES)('has --help for %s', async (name) => {
    const { code, stdout } = await tessera([name, '--help'], sampleProject());
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: tessera ${name}`));
    expect(stdout).toContain('Exit codes');
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown command', ['translate'], /unknown command "translate"/],
    ['an unknown flag', ['status', '--colour'], /--colour/],
    ['a bad --format', ['check', '--format', 'xml'], /--format must be one of text, json, sarif, github, junit/],
    ['an unknown language', ['check', '--lang', 'de'], /unknown language "de"/],
    ['a missing document', ['extract', 'nope'], /source-texts\/nope\.md: file not found/],
    ['qa without a target', ['qa', '--to', 'en', '--source', 'Bonjour.'], /--to, --source and --target are required/],
    ['a segment file that does not exist', ['segment', 'missing.md'], /missing\.md: file not found/],
  ];
  it.each(usageErrors)('exits 2 on %s, names the problem and writes nothing', async (_, args, message) => {
    const dir = sampleProject();
    const before = snapshot(dir);
    const { code, stderr } = await tessera(args, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('qa checks one pair and points at the offending text', async () => {
    const args = ['qa', '--to', 'en', '--source', 'Au moins 426 civils ont été tués.', '--target'];
    const bad = await tessera([...args, 'At least 425 civilians were killed.'], sampleProject());
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^target:10 +error +Unexpected number `425` in target, expected `426` +number-mismatch$/m);
    const good = await tessera([...args, 'At least 426 civilians were killed.', '--format', 'json'], sampleProject());
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0 }, issues: [] });
  });

  it('refuses a malformed config with its file and line', async () => {
    const dir = projectWith({ 'tessera.config.json': '{\n  "sourceLang": "fr",\n  "targetLangs": ["en", "xx"]\n}\n', 'source-texts/a.md': 'Bonjour.\n' });
    const { code, stderr } = await tessera(['status'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('tessera.config.json:3: unknown language "xx"');
  });

  it('refuses a config that is not JSON with its line', async () => {
    const dir = projectWith({ 'tessera.config.json': '{\n  "sourceLang": "fr",\n  targetLangs: []\n}\n', 'source-texts/a.md': 'Bonjour.\n' });
    const { code, stderr } = await tessera(['extract'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/tessera\.config\.json:3: invalid JSON/);
  });

  it('init starts a project that extract can fill', async () => {
    const dir = projectWith({});
    expect((await tessera(['init', '--to', 'en'], dir)).code).toBe(0);
    write(dir, 'source-texts/note.md', '---\nlang: fr\n---\n\nM. Dupont est arrivé. Il repart demain.\n');
    const extracted = await tessera(['extract'], dir);
    expect(extracted.code).toBe(0);
    expect(extracted.stdout).toContain('note: 2 segments (2 new, 0 changed, 0 removed)');
    expect((await tessera(['init'], dir)).code).toBe(2);
  });

  it("init keeps the built editions and the cache out of git, and leaves a project's own .gitignore alone", async () => {
    const fresh = projectWith({});
    expect((await tessera(['init'], fresh)).code).toBe(0);
    expect(read(fresh, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['/dist/', '/.cache/']));
    const own = projectWith({ '.gitignore': 'node_modules/\n' });
    expect((await tessera(['init'], own)).code).toBe(0);
    expect(read(own, '.gitignore')).toBe('node_modules/\n');
  });
});
