// TMX dates are ISO 8601 in the basic UTC form `YYYYMMDDThhmmssZ` (TMX 1.4b, "creationdate").
// Files keep them verbatim; these helpers convert for sorting and display.

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** `2024-03-15T10:20:30.000Z` → `20240315T102030Z`. */
export function formatTmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Parses `YYYYMMDDThhmmssZ`; `undefined` when the value is not in that form or not a real date. */
export function parseTmxDate(value: string): Date | undefined {
  const m = TMX_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const valid =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return valid ? date : undefined;
}

/** The day of a TMX date (`20261126T024511Z` → `2026-11-26`), for people; a value in another form as it is. */
export function tmxDay(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value;
}
