import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { formatFindings, formatJunit } from '../src/report/index.js';
import { escapeXmlAttribute, escapeXmlText } from '../src/report/xml.js';
import type { Finding } from '../src/types.js';
import { FINDINGS, GROUPS, OPTIONS } from './fixtures/report/findings.js';
import { expectGolden } from './support/golden.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parse with saxes (a conformant XML 1.0 parser: it throws on anything not well-formed). */
function parse(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: { ...tag.attributes }, text: '', children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => void (stack.at(-1)!.text += text));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

const out = formatFindings(FINDINGS, 'junit', OPTIONS);
const suite = parse(out);

describe('junit reporter', () => {
  it('matches the golden output', () => {
    expectGolden(new URL('./fixtures/report/junit.xml', import.meta.url), out);
  });

  it('is one testsuite with one testcase per document × language, clean pairs included', () => {
    expect(suite.name).toBe('testsuite');
    expect(suite.attributes).toEqual({ name: 'tessera', tests: '7', failures: '3', errors: '0', skipped: '0' });
    expect(suite.children.map((c) => [c.attributes.classname, c.attributes.name, c.attributes.file])).toEqual([
      ...GROUPS.map((g) => [g.doc, g.lang, g.file ?? `locales/${g.lang}/${g.doc}.po`]),
      ['(project)', '(all)', undefined],
    ]);
  });

  it('fails a pair on errors only; warnings and notes go to system-out', () => {
    const byPair = new Map(suite.children.map((c) => [`${c.attributes.classname}/${c.attributes.name}`, c]));
    const children = (key: string): string[] => byPair.get(key)!.children.map((c) => c.name);
    expect(children('article/en')).toEqual(['failure', 'system-out']);
    expect(children('article/ar')).toEqual(['failure', 'system-out']);
    expect(children('brèves,2024/en')).toEqual(['system-out']);
    expect(children('brèves,2024/ar')).toEqual(['failure']);
    expect(children('interview/en')).toEqual([]);
    expect(children('(project)/(all)')).toEqual(['system-out']);
    const failure = byPair.get('article/ar')!.children[0]!;
    expect(failure.attributes).toEqual({ message: '2 errors', type: 'number-mismatch, tag-mismatch' });
    expect(failure.text).toContain('Tag <1> is missing; expected <1>…</1> around "Mossoul & Raqqa"');
    expect(failure.text).toContain('Number 1,500 is missing from the translation: "نزح أكثر من ألف شخص"');
  });

  it('keeps messages with newlines, quotes and CR exactly through an XML parser', () => {
    const stale = suite.children[0]!.children[0]!;
    expect(stale.attributes.message).toBe(FINDINGS[3]!.message); // newlines in an attribute survive
    expect(stale.text).toBe(`locales/en/article.po:12: error [stale] s-0c1d2e: ${FINDINGS[3]!.message}`);
    const bidi = suite.children[1]!.children[1]!;
    expect(bidi.text).toBe(
      'locales/ar/article.po:42:30: warning [bidi] s-4k2m9q: Unbalanced isolate \u2067 before "\\u0007bell\\u001b[31m" in «مرحبا»\r',
    );
  });

  it('stays well-formed whatever the text', () => {
    const nasty = ['\u0000\u0001\u0008\u000B\u000C\u001F', ']]>', '<!--', '&amp;', '\uD800', '\uFFFE\uFFFF', '"\'<>&', 'ك\u064E\t\n\r'];
    const findings: Finding[] = nasty.map((message, i) => ({ rule: message, severity: i % 2 ? 'error' : 'warning', message, doc: message, lang: message }));
    const xml = formatJunit(findings, {});
    const parsed = parse(xml);
    expect(parsed.children.map((c) => c.attributes.classname)).toEqual(nasty.map((n) => n.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
  });

  it('validates against the Jenkins JUnit schema (junit-4.xsd), apart from the testcase file attribute', async () => {
    // Jenkins' schema predates `file` on <testcase>, which GitLab and other dashboards read.
    const xsd = readFileSync(new URL('./fixtures/report/jenkins-junit.xsd', import.meta.url), 'utf8');
    const withoutFile = out.replace(/ file="[^"]*"/g, '');
    const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: withoutFile }], schema: [xsd] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const broken = await validateXML({ xml: [{ fileName: 'broken.xml', contents: withoutFile.replace('name="tessera" ', '') }], schema: [xsd] });
    expect(broken.valid).toBe(false);
  });
});

describe('xml escaping', () => {
  it.each([
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['<1>x</1>', '&lt;1&gt;x&lt;/1&gt;', '&lt;1&gt;x&lt;/1&gt;'],
    ['say "hi"', 'say "hi"', 'say &quot;hi&quot;'],
    ["l'air", "l'air", "l'air"],
    ['a\nb', 'a\nb', 'a&#10;b'],
    ['a\tb', 'a\tb', 'a&#9;b'],
    ['a\rb', 'a&#13;b', 'a&#13;b'],
    ['bell\u0007', 'bell\\u0007', 'bell\\u0007'],
    ['\uFFFF', '\\uffff', '\\uffff'],
    ['مرحبا ١٬٥٠٠', 'مرحبا ١٬٥٠٠', 'مرحبا ١٬٥٠٠'],
    ['😀', '😀', '😀'],
  ])('%j → text %j, attribute %j', (input, text, attribute) => {
    expect(escapeXmlText(input)).toBe(text);
    expect(escapeXmlAttribute(input)).toBe(attribute);
  });
});
