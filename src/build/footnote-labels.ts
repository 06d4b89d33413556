// Words remark-rehype writes around GFM footnotes, per edition language (English otherwise).
export const FOOTNOTE_LABELS: Readonly<Record<string, { label: string; backLabel: string }>> = {
  en: { label: 'Notes', backLabel: 'Back to reference' },
  fr: { label: 'Notes', backLabel: 'Retour à l’appel de note' },
  ar: { label: 'الحواشي', backLabel: 'العودة إلى موضع الإحالة' },
};
