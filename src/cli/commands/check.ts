import { alignedStates, alignSegments, driftFindings, RULES as DRIFT_RULES, type StateRow } from '../../catalog/index.js';
import { checkPair, parseGlossary, RULES as QA_RULES, type Glossary } from '../../qa/index.js';
import { createProgress, exitCodeFor, formatFindings } from '../../report/index.js';
import { InputError } from '../../errors.js';
import type { CatalogEntry, Finding, TranslationFile } from '../../types.js';
import { choice, colorOutput, stringFlag, type Command } from '../command.js';
import { readTextIfExists } from '../io.js';
import { documentNames, loadCatalog, orphanCatalogs, potPath, loadPo, loadProject, poPath, projectRoot, selectLangs, type Project } from '../project.js';
import { loadDoc } from '../documents.js';
import { VERSION } from '../version.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;

export const check: Command = {
  name: 'check',
  usage: 'check [DOC…] [--lang L] [--format text|json|sarif|github|junit] [--max-warnings N]',
  summary:
    'Check the project for drift and quality, offline, without changing anything.\n' +
    'Reports stale translations (source edited since), missing, untranslated, fuzzy and obsolete\n' +
    'segments, and runs the quality checks (numbers, dates, names and terms, tags, punctuation, bidi)\n' +
    'on every translation.',
  details: 'Exit 1 when anything blocks publishing (an error), or when warnings exceed --max-warnings.',
  options: {
    lang: { type: 'string', short: 'l' },
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
  },
  help: {
    lang: 'only these languages (comma-separated)',
    format: 'text (default), json, sarif (SARIF 2.1.0), github (workflow annotations) or junit',
    'max-warnings': 'fail when there are more warnings than this',
  },
  async run({ values, positionals }, io) {
    const format = choice(values, 'format', FORMATS, 'text');
    const maxWarnings = parseMaxWarnings(stringFlag(values, 'max-warnings'));
    const project = loadProject(projectRoot(values, io));
    const langs = selectLangs(project, values);
    const docs = documentNames(project, positionals);
    const glossary = loadGlossary(project);
    const findings: Finding[] = [];
    const groups: Array<{ doc: string; lang: string; file: string }> = [];
    const progress = createProgress(io.stderr, { total: docs.length, label: 'check', quiet: values.quiet === true || format !== 'text' });
    // A bad file stops the loop: the bar is erased first, so that the error starts its own line.
    try {
      for (const doc of docs) {
        const loaded = loadDoc(project, doc);
        const catalog = loadCatalog(project, doc) ?? [];
        const sourceChecked = new Set<string>();
        const aligned = alignSegments(catalog, loaded.segments).entries;
        for (const lang of langs) {
          const file = poPath(project, doc, lang);
          groups.push({ doc, lang, file });
          const po = loadPo(project, doc, lang);
          const rows = alignedStates(catalog, aligned, po);
          findings.push(...driftFindings({ doc, lang, poFile: file, sourceFile: loaded.sourceFile, catalog, current: loaded.segments, po, rows }));
          findings.push(...qaFindings({ project, doc, lang, file, sourceFile: loaded.sourceFile, catalog, rows, po, glossary, sourceChecked }));
        }
        progress.tick(doc);
      }
      if (positionals.length === 0) findings.push(...orphanFindings(project, langs));
    } finally {
      progress.done();
    }
    const color = colorOutput(values, io);
    io.stdout.write(formatFindings(findings, format, { color, rules: [...DRIFT_RULES, ...QA_RULES], toolVersion: VERSION, groups }));
    return exitCodeFor(findings, maxWarnings === undefined ? {} : { maxWarnings });
  },
};

interface QaInput {
  project: Project;
  doc: string;
  lang: string;
  /** The language's PO file and the source article, for the findings' locations. */
  file: string;
  sourceFile: string;
  catalog: readonly CatalogEntry[];
  rows: readonly StateRow[];
  po: TranslationFile | undefined;
  glossary: Glossary;
  /** Segments whose source typography was already checked (for another language). */
  sourceChecked: Set<string>;
}

/** The quality checks on every translated or fuzzy entry of a language's PO file. */
function qaFindings({ project, doc, lang, file, sourceFile, catalog, rows, po, glossary, sourceChecked }: QaInput): Finding[] {
  const findings: Finding[] = [];
  const entries = new Map(po?.entries.filter((e) => !e.obsolete).map((e) => [e.id, e]));
  const sourceLines = new Map(catalog.map((e) => [e.id, e.line]));
  for (const row of rows) {
    if (row.state !== 'translated' && row.state !== 'fuzzy') continue;
    const entry = entries.get(row.id);
    if (!entry || entry.target === '') continue;
    // The source's own typography is reported once, against the source file, as information:
    // translators cannot fix it. Other findings that point into the source (a number, a date, a
    // tag or a term the target lacks) are the translation's, at their own severity.
    const sourceTypography = !sourceChecked.has(entry.id);
    sourceChecked.add(entry.id);
    const pair = { source: entry.source, target: entry.target, sourceLang: project.config.sourceLang, targetLang: lang, id: entry.id };
    for (const finding of checkPair(pair, { glossary, options: { sourceTypography } })) {
      if (finding.rule === 'punctuation' && finding.span?.side === 'source') {
        const line = sourceLines.get(entry.id);
        findings.push({ ...finding, severity: 'info', doc, id: entry.id, file: sourceFile, ...(line ? { line } : {}) });
      } else {
        findings.push({ ...finding, doc, lang, id: entry.id, file, ...(entry.line ? { line: entry.line } : {}) });
      }
    }
  }
  return findings;
}

/** The glossary, or an empty one when the project has none. */
export function loadGlossary(project: Project): Glossary {
  const file = project.config.glossary;
  const empty = `${[project.config.sourceLang, ...project.config.targetLangs].join(',')},note\n`;
  return parseGlossary(readTextIfExists(project.root, file) ?? empty, file);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new InputError(`--max-warnings must be a whole number, not "${value}"`);
  return Number(value);
}

/** A catalog whose article is gone: its translations are kept, but someone should decide. */
function orphanFindings(project: Project, langs: readonly string[]): Finding[] {
  return orphanCatalogs(project).map((doc) => ({
    rule: 'obsolete',
    severity: 'warning',
    doc,
    file: potPath(project, doc),
    line: 1,
    message:
      `The source article ${project.config.sourceDir}/${doc}.md is gone; its catalog and translations ` +
      `(${langs.map((lang) => poPath(project, doc, lang)).join(', ')}) are kept. Restore the article, or delete them if it was withdrawn.`,
  }));
}
