// Whether a memory says that a translation is not approved. CAT tools keep unconfirmed work in
// their memories and mark it, each in its own way; an unapproved translation can be a draft, a
// machine suggestion or a rejected text, so it is never put in as translated (pretranslate.ts)
// and ranks after an approved one of the same score (rank.ts).
//
// - Okapi (Rainbow, its PO and XLIFF filters) writes `<prop type="approved">no</prop>` on the
//   target variant; `yes` there is an approved translation.
// - Trados Studio writes a `<prop type="x-ConfirmationLevel">` on each unit, one of its
//   confirmation levels: `Draft`, `RejectedTranslation` and `RejectedSignOff` are not confirmed;
//   `Translated`, `ApprovedTranslation`, `ApprovedSignOff` and `Unspecified` (a memory older than
//   the levels) are taken as they stand.

/** A TMX prop as this test needs it. */
interface Prop {
  type: string;
  value: string;
}

interface Convention {
  /** The prop's type, compared exactly (TMX prop types are case-sensitive). */
  type: string;
  /** Where the tool writes it: on the unit, on a translation's variant, or on either. */
  on: 'unit' | 'variant' | 'either';
  /** Values, lower case, that say "not approved". */
  notApproved: readonly string[];
}

const CONVENTIONS: readonly Convention[] = [
  { type: 'approved', on: 'either', notApproved: ['no', 'false'] },
  { type: 'x-ConfirmationLevel', on: 'unit', notApproved: ['draft', 'rejectedtranslation', 'rejectedsignoff'] },
];

function markIn(props: readonly Prop[], level: 'unit' | 'variant'): string | undefined {
  for (const prop of props) {
    for (const convention of CONVENTIONS) {
      if (convention.type !== prop.type || (convention.on !== 'either' && convention.on !== level)) continue;
      if (convention.notApproved.includes(prop.value.trim().toLowerCase())) return `${prop.type}: ${prop.value.trim()}`;
    }
  }
  return undefined;
}

/**
 * The mark that says the pair of a unit's two variants is not approved, as the file gives it
 * (`approved: no`, `x-ConfirmationLevel: Draft`), or undefined. A variant's mark counts on either
 * side: a memory read the other way round (Okapi's English–French read as French–English) has
 * its draft French as the source, and the pair is no more approved for that. The target's own
 * mark is named first.
 */
export function notApprovedMark(unitProps: readonly Prop[], sourceProps: readonly Prop[], targetProps: readonly Prop[]): string | undefined {
  return markIn(targetProps, 'variant') ?? markIn(sourceProps, 'variant') ?? markIn(unitProps, 'unit');
}
