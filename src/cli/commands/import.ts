import { isAbsolute } from 'node:path';
import { parsePo, serializePo } from '../../catalog/index.js';
import { CONFIG_FILE } from '../../config.js';
import { InputError } from '../../errors.js';
import {
  acceptedFindings,
  detectFormat,
  documentOfPo,
  mergeImported,
  planPoImport,
  poLanguage,
  refusalFindings,
  REFUSED_RULE,
  type MergeInput,
} from '../../exchange/index.js';
import { parseXliff, planImport, sameLanguage, type ImportPlan } from '../../formats/xliff/index.js';
import { RULES as QA_RULES } from '../../qa/index.js';
import { exitCodeFor, formatFindings } from '../../report/index.js';
import type { CatalogEntry, Finding } from '../../types.js';
import { choice, colorOutput, stringFlag, type Command } from '../command.js';
import { listFiles, readText, writeFilesAtomically } from '../io.js';
import { loadCatalog, loadPo, loadProject, poPath, projectRoot, sourcePath, type Project } from '../project.js';
import { VERSION } from '../version.js';
import { loadGlossary } from './check.js';

/** One document's part of an import: the merge to make (extras come from a PO import). */
type DocMerge = Omit<MergeInput, 'po' | 'catalog' | 'accepted' | 'lang'>;

interface Planned {
  format: string;
  lang: string;
  plan: ImportPlan;
  merges: DocMerge[];
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE [--lang L] [--format text|json] [--dry-run]',
  summary:
    'Merge a translator\'s XLIFF or PO file into the PO files, by segment ID.\n' +
    'Reads XLIFF 2.0 and 1.2 (Trados, memoQ, OmegaT, Phrase) and PO files edited in Poedit or Weblate.\n' +
    'A translation whose French source changed since the file was made, or whose segment is unknown,\n' +
    'is refused and reported, not merged. Every imported translation goes through the quality checks.',
  details:
    'The accepted translations are merged even when others are refused or the checks find errors;\n' +
    'the exit code is then 1. An empty target never replaces a translation. Nothing is written with\n' +
    '--dry-run, or when the file is malformed (exit 2).',
  options: {
    lang: { type: 'string', short: 'l' },
    format: { type: 'string', short: 'f' },
    'dry-run': { type: 'boolean', short: 'n' },
  },
  help: {
    lang: 'language of the translations (default: what the file declares)',
    format: 'report format: text (default) or json',
    'dry-run': 'report what would be merged, write nothing',
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('expected one FILE to import (see tessera import --help)');
    const format = choice(values, 'format', ['text', 'json'] as const, 'text');
    const dryRun = values['dry-run'] === true;
    const project = loadProject(projectRoot(values, io));
    const file = positionals[0] as string;
    const text = readText(isAbsolute(file) ? '/' : io.cwd, file);
    const catalogs = loadCatalogs(project);
    const flag = stringFlag(values, 'lang');
    const planned =
      detectFormat(file, text) === 'xliff' ? planXliff(project, text, file, flag, catalogs) : planPo(project, text, file, flag, catalogs);
    const { lang, plan } = planned;

    // Every merge is computed before anything is written: a bad PO file leaves all intact.
    const files = new Map<string, string>();
    const merged: Array<{ doc: string; file: string; changed: string[]; unchanged: number; keptObsolete: string[] }> = [];
    for (const merge of planned.merges) {
      const catalog = catalogs.get(merge.doc) as CatalogEntry[];
      const target = poPath(project, merge.doc, lang);
      const result = mergeImported({ ...merge, lang, catalog, po: loadPo(project, merge.doc, lang), accepted: plan.accepted });
      files.set(target, serializePo(result.po, catalog, { sourceFile: sourcePath(project, merge.doc) }));
      merged.push({ doc: merge.doc, file: target, changed: result.changed, unchanged: result.unchanged.length, keptObsolete: result.keptObsolete });
    }
    const findings: Finding[] = [
      ...refusalFindings(plan),
      ...acceptedFindings(plan, catalogs, project.config.sourceLang, loadGlossary(project)),
    ];
    const written = dryRun ? [] : writeFilesAtomically(project.root, files);

    const color = colorOutput(values, io);
    const report = formatFindings(findings, format, { color, rules: [REFUSED_RULE, ...QA_RULES], toolVersion: VERSION });
    if (format === 'json') {
      const json = JSON.parse(report) as Record<string, unknown>;
      json.import = {
        file,
        format: planned.format,
        lang,
        dryRun,
        documents: merged.map((m) => ({ doc: m.doc, file: m.file, merged: m.changed, unchanged: m.unchanged, keptObsolete: m.keptObsolete })),
        accepted: plan.accepted.length,
        refused: plan.refused.length,
        untranslated: plan.untranslated.length,
        written,
      };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const lines = [`${file}: ${planned.format}, ${lang}: ${plan.accepted.length} translation(s) accepted, ${plan.refused.length} refused, ${plan.untranslated.length} without a translation`];
      for (const m of merged) {
        const n = m.keptObsolete.length;
        const kept = n ? `, ${n} obsolete entr${n === 1 ? 'y' : 'ies'} kept from the file` : '';
        lines.push(`  ${m.file}: ${m.changed.length} merged, ${m.unchanged} unchanged${kept}`);
      }
      lines.push(dryRun ? 'dry run: nothing written' : written.length ? `updated ${written.join(', ')}` : 'nothing to update');
      io.stdout.write(`${lines.join('\n')}\n\n${report}`);
    }
    return exitCodeFor(findings);
  },
};

/** Every catalog of the project (`locales/*.pot`), by document name. */
function loadCatalogs(project: Project): Map<string, CatalogEntry[]> {
  const catalogs = new Map<string, CatalogEntry[]>();
  for (const name of listFiles(project.root, project.config.localesDir, '.pot')) {
    const doc = name.replace(/\.pot$/u, '');
    const catalog = loadCatalog(project, doc);
    if (catalog) catalogs.set(doc, catalog);
  }
  return catalogs;
}

/**
 * The project language of the translations: `--lang` (which must agree with the file), else the
 * one the file declares (`ar-SA` is `ar`).
 */
function importLanguage(project: Project, flag: string | undefined, declared: string | undefined, file: string, line?: number): string {
  const targets = project.config.targetLangs;
  if (flag !== undefined) {
    if (!targets.includes(flag)) {
      throw new InputError(`unknown language "${flag}"; this project translates into ${targets.join(', ')}`, { file: CONFIG_FILE });
    }
    if (declared && !sameLanguage(declared, flag)) throw new InputError(`this file translates into ${declared}, not ${flag}`, { file, line });
    return flag;
  }
  if (!declared) {
    if (targets.length === 1) return targets[0] as string;
    throw new InputError('the file does not say which language it translates into: give --lang L', { file, line });
  }
  const match = targets.find((lang) => sameLanguage(lang, declared));
  if (!match) throw new InputError(`this file translates into ${declared}; this project translates into ${targets.join(', ')}`, { file, line });
  return match;
}

function planXliff(project: Project, text: string, file: string, flag: string | undefined, catalogs: ReadonlyMap<string, CatalogEntry[]>): Planned {
  const parsed = parseXliff(text, file);
  const line = parsed.files[0]?.line ?? 1;
  if (!sameLanguage(parsed.srcLang, project.config.sourceLang)) {
    throw new InputError(`this file translates from ${parsed.srcLang}; the project's source language is ${project.config.sourceLang}`, { file, line });
  }
  const lang = importLanguage(project, flag, parsed.trgLang, file, line);
  const plan = planImport(parsed, catalogs, lang);
  const docs = [...new Set(plan.accepted.map((segment) => segment.doc))];
  return { format: `XLIFF ${parsed.version}`, lang, plan, merges: docs.map((doc) => ({ doc })) };
}

function planPo(project: Project, text: string, file: string, flag: string | undefined, catalogs: ReadonlyMap<string, CatalogEntry[]>): Planned {
  const declared = poLanguage(text);
  // No Language header may mean a file gettext cannot read: report that, with its line, first.
  if (declared === undefined) parsePo(text, file, flag ?? (project.config.targetLangs[0] as string));
  const lang = importLanguage(project, flag, declared, file);
  const po = parsePo(text, file, lang);
  const doc = documentOfPo(file, po, catalogs);
  const imported = planPoImport(po, doc, catalogs.get(doc) ?? [], file);
  const merge: DocMerge = {
    doc,
    details: imported.details,
    obsolete: imported.obsolete,
    headers: imported.headers,
    headerComments: imported.headerComments,
  };
  return { format: 'PO', lang, plan: imported.plan, merges: [merge] };
}
