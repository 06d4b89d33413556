// Namespaces of the XML vocabularies the adapter reads and writes.

/** XLIFF 2.0 core; XLIFF 2.1 documents use it too. */
export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 1.2 (older tools write 1.2 documents without a namespace). */
export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** The `xml:` prefix (`xml:space`, `xml:lang`). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
