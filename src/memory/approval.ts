// Whether a memory says that a translation is approved, or not. CAT tools keep unconfirmed work
// in their memories and mark it, each in its own way; an unapproved translation can be a draft, a
// machine suggestion or a rejected text, so it is never put in as translated (pretranslate.ts)
// and ranks after the others of the same score (rank.ts). One the memory marks as approved
// (reviewed, signed off) ranks before the unmarked ones of the same score.
//
// - Okapi (Rainbow, its PO and XLIFF filters) writes `<prop type="approved">no</prop>` on the
//   target variant; `yes` there is an approved translation.
// - Trados Studio writes a `<prop type="x-ConfirmationLevel">` on each unit, one of its
//   confirmation levels: `Draft`, `RejectedTranslation` and `RejectedSignOff` are not confirmed;
//   `ApprovedTranslation` and `ApprovedSignOff` are approved; `Translated` and `Unspecified` (a
//   memory older than the levels) say neither.

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
  /** Values, lower case, that say "approved". */
  approved: readonly string[];
}

const CONVENTIONS: readonly Convention[] = [
  { type: 'approved', on: 'either', notApproved: ['no', 'false'], approved: ['yes', 'true'] },
  {
    type: 'x-ConfirmationLevel',
    on: 'unit',
    notApproved: ['draft', 'rejectedtranslation', 'rejectedsignoff'],
    approved: ['approvedtranslation', 'approvedsignoff'],
  },
];

function markIn(props: readonly Prop[], level: 'unit' | 'variant', says: 'notApproved' | 'approved'): string | undefined {
  for (const prop of props) {
    for (const convention of CONVENTIONS) {
      if (convention.type !== prop.type || (convention.on !== 'either' && convention.on !== level)) continue;
      if (convention[says].includes(prop.value.trim().toLowerCase())) return `${prop.type}: ${prop.value.trim()}`;
    }
  }
  return undefined;
}

function mark(unitProps: readonly Prop[], sourceProps: readonly Prop[], targetProps: readonly Prop[], says: 'notApproved' | 'approved'): string | undefined {
  return markIn(targetProps, 'variant', says) ?? markIn(sourceProps, 'variant', says) ?? markIn(unitProps, 'unit', says);
}

/** What a unit's marks say of the pair of its two variants (approvalMarks). */
export interface ApprovalMarks {
  /** The mark that says it is not approved, as the file gives it (`approved: no`, `x-ConfirmationLevel: Draft`). */
  notApproved?: string;
  /** The mark that says it is approved (`approved: yes`, `x-ConfirmationLevel: ApprovedSignOff`); never beside notApproved. */
  approved?: string;
}

/**
 * The marks of a unit's pair of variants, read once. A variant's mark counts on either side: a
 * memory read the other way round (Okapi's English–French read as French–English) has its draft
 * French as the source, and the pair is no more approved for that. The target's own mark is
 * named first. A mark that says "not approved" wins: a variant left as a draft in an approved
 * unit is no approved pair.
 */
export function approvalMarks(unitProps: readonly Prop[], sourceProps: readonly Prop[], targetProps: readonly Prop[]): ApprovalMarks {
  const notApproved = mark(unitProps, sourceProps, targetProps, 'notApproved');
  if (notApproved !== undefined) return { notApproved };
  const approved = mark(unitProps, sourceProps, targetProps, 'approved');
  return approved !== undefined ? { approved } : {};
}
