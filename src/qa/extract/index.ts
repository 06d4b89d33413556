export { extractNumbers, canonicalNumber, type NumberToken, type NumberKind, type ExtractNumbersOptions } from './numbers.js';
export { extractDates, formatDateValue, datesAgree, type DateToken, type DateValue } from './dates.js';
export { extractNames, type NameToken } from './names.js';
