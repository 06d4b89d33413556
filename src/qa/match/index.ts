export { pairUp, type Pairing } from './bipartite.js';
export { skeleton, sameSkeleton } from './skeleton.js';
export { analyseText, analyseWord, findPhrase, wordMatches, isAcronym, uninflect, cores, type AnalysedText, type AnalysedWord } from './words.js';
export { regionCode, regionNames, demonymRegion } from './regions.js';
