export { parseGlossary } from './parse.js';
export type { Glossary, GlossaryEntry } from './types.js';
