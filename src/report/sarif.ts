// SARIF 2.1.0 (OASIS), the format of GitHub code scanning and most CI dashboards.
// GitHub needs stable rule ids and relative paths, de-duplicates alerts across runs by
// `partialFingerprints` (ours is the segment, which survives line moves in the PO file), and
// rejects the WHOLE upload if any result has no location ("locationFromSarifResult: expected at
// least one location"), so findings without a file are anchored at their PO file or the config.
import type * as Sarif from 'sarif';
import { CONFIG_FILE } from '../config.js';
import type { Finding, RuleMeta, Severity } from '../types.js';
import { pairFile } from './pairs.js';
import type { CheckedPair, ReportOptions } from './types.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<Severity, Sarif.ReportingConfiguration.level>;

export function formatSarif(
  findings: readonly Finding[],
  options: Pick<ReportOptions, 'rules' | 'toolVersion' | 'informationUri' | 'groups'>,
): string {
  const rules = ruleDescriptors(findings, options.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const readme = options.informationUri?.replace(/#.*$/, '');
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tessera',
            version: options.toolVersion,
            ...(readme ? { informationUri: readme } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              ...(readme ? { helpUri: `${readme}#rule-${rule.id}` } : {}),
            })),
          },
        },
        // Finding columns are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => result(f, index.get(f.rule) ?? 0, options.groups ?? [])),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The given rules in their order, then any rule a finding uses that was not given. */
function ruleDescriptors(findings: readonly Finding[], given: readonly RuleMeta[]): RuleMeta[] {
  const rules = new Map<string, RuleMeta>();
  for (const rule of given) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  for (const f of findings) if (!rules.has(f.rule)) rules.set(f.rule, { id: f.rule, severity: f.severity, title: f.rule });
  return [...rules.values()];
}

function result(f: Finding, ruleIndex: number, groups: readonly CheckedPair[]): Sarif.Result {
  const segment = f.doc !== undefined && f.lang !== undefined && f.id !== undefined ? `${f.doc}/${f.lang}/${f.id}` : undefined;
  const properties: Record<string, string> = {};
  if (f.doc !== undefined) properties.doc = f.doc;
  if (f.lang !== undefined) properties.lang = f.lang;
  if (f.id !== undefined) properties.segmentId = f.id;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [f.file ? location(f.file, f.line, f.column) : location(anchor(f, groups), undefined, undefined)],
    ...(segment ? { partialFingerprints: { 'segmentId/v1': segment } } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** The file a finding without one is about: its pair's PO file, else the project config. */
function anchor(f: Finding, groups: readonly CheckedPair[]): string {
  return f.doc !== undefined && f.lang !== undefined ? pairFile(groups, f.doc, f.lang) : CONFIG_FILE;
}

function location(file: string, line: number | undefined, column: number | undefined): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
      ...(line !== undefined ? { region: { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } } : {}),
    },
  };
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded
 * (spaces, `%`, `#`, `?` and non-ASCII letters would otherwise change or break the URI). */
export function fileUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
