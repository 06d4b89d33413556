// JUnit XML for CI test dashboards (Jenkins, GitLab, GitHub test-report actions): one testsuite,
// one testcase per document × language, failing when the pair has errors. Warnings and notes
// go to <system-out> and never fail the case.
import type { Finding } from '../types.js';
import { formatLocation } from './location.js';
import { pairFile } from './pairs.js';
import type { CheckedPair } from './types.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml.js';

/** Testcase of findings without a document or language. */
const NO_DOC = '(project)';
const NO_LANG = '(all)';

interface Case {
  doc: string;
  lang: string;
  file: string | undefined;
  errors: Finding[];
  others: Finding[];
}

export function formatJunit(findings: readonly Finding[], options: { groups?: readonly CheckedPair[] }): string {
  const cases = collectCases(findings, options.groups ?? []);
  const failures = cases.filter((c) => c.errors.length > 0).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="tessera" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases.map(testcase),
    '</testsuite>',
  ];
  return `${lines.join('\n')}\n`;
}

function testcase(c: Case): string {
  const open = `  <testcase classname="${attr(c.doc)}" name="${attr(c.lang)}"${c.file ? ` file="${attr(c.file)}"` : ''}`;
  if (c.errors.length === 0 && c.others.length === 0) return `${open}/>`;
  const body: string[] = [];
  if (c.errors.length > 0) {
    const message = c.errors.length === 1 ? c.errors[0].message : `${c.errors.length} errors`;
    const types = [...new Set(c.errors.map((f) => f.rule))].join(', ');
    body.push(`    <failure message="${attr(message)}" type="${attr(types)}">${text(c.errors.map(describe).join('\n'))}</failure>`);
  }
  if (c.others.length > 0) body.push(`    <system-out>${text(c.others.map(describe).join('\n'))}</system-out>`);
  return [`${open}>`, ...body, '  </testcase>'].join('\n');
}

/** `file:line: severity [rule] id: message`, one finding per line of a report body. */
function describe(f: Finding): string {
  const where = formatLocation(f);
  return `${where ? `${where}: ` : ''}${f.severity} [${f.rule}]${f.id ? ` ${f.id}` : ''}: ${f.message}`;
}

/** The checked pairs in their order, then pairs that only findings mention. */
function collectCases(findings: readonly Finding[], groups: readonly CheckedPair[]): Case[] {
  const cases = new Map<string, Case>();
  const add = (doc: string, lang: string, file: string | undefined): Case => {
    const key = JSON.stringify([doc, lang]);
    let found = cases.get(key);
    if (!found) {
      found = { doc, lang, file, errors: [], others: [] };
      cases.set(key, found);
    }
    return found;
  };
  for (const g of groups) add(g.doc, g.lang, pairFile(groups, g.doc, g.lang));
  for (const f of findings) {
    const doc = f.doc ?? NO_DOC;
    const lang = f.lang ?? NO_LANG;
    const c = add(doc, lang, f.doc !== undefined && f.lang !== undefined ? pairFile(groups, f.doc, f.lang) : undefined);
    (f.severity === 'error' ? c.errors : c.others).push(f);
  }
  return [...cases.values()];
}
