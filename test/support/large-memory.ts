// A French–English memory large enough (22,000 units, 4.8 MB) for the notice that a command
// shows while it indexes a file whole (INDEX_NOTICE_BYTES), small enough to index in a test.

/** The memory as TMX; unit i is `b${i}`, and its French says `numéro ${i}`. */
export function largeMemoryTmx(): string {
  const units = Array.from(
    { length: 22_000 },
    (_, i) =>
      `<tu tuid="b${i}"><tuv xml:lang="fr"><seg>Phrase importée numéro ${i}, avec assez de mots pour peser.</seg></tuv>` +
      `<tuv xml:lang="en"><seg>Imported sentence number ${i}, with enough words to weigh.</seg></tuv></tu>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>\n<body>\n${units.join('')}</body>\n</tmx>\n`;
}
