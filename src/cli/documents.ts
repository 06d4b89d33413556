// The project's source articles, parsed and segmented. Apart from project.ts so that a command
// that reads no article (tm lookup, tm concordance) does not load the Markdown parser (90 ms).
import { InputError } from '../errors.js';
import { primaryLanguage } from '../language-tag.js';
import { segmentBlocks } from '../segment/index.js';
import { parseSource } from '../source/index.js';
import type { SourceDocument, SourceSegment } from '../types.js';
import { readText } from './io.js';
import { sourcePath, type Project } from './project.js';

/** A source document with its current segmentation. */
export interface LoadedDoc {
  name: string;
  /** e.g. `source-texts/mossoul-2017.md` */
  sourceFile: string;
  markdown: string;
  source: SourceDocument;
  segments: SourceSegment[];
}

/** Parse and segment a source document in the project's source language. */
export function loadDoc(project: Project, name: string): LoadedDoc {
  const sourceFile = sourcePath(project, name);
  const markdown = readText(project.root, sourceFile);
  return { name, sourceFile, markdown, ...segmentMarkdown(markdown, sourceFile, project.config.sourceLang) };
}

export function segmentMarkdown(markdown: string, file: string, lang: string): { source: SourceDocument; segments: SourceSegment[] } {
  const source = parseSource(markdown, file);
  const declared = source.meta.lang;
  if (typeof declared === 'string' && primaryLanguage(declared) !== primaryLanguage(lang)) {
    throw new InputError(`front matter says lang: ${declared}, but the project's source language is ${lang}`, { file, line: 1 });
  }
  return { source, segments: segmentBlocks(source.blocks, lang) };
}
