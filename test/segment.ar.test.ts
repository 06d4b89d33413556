import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/segment/index.js';

const split = (text: string): string[] => splitSentences(text, 'ar').map((sentence) => sentence.text);

const cases: Array<{ name: string; text: string; expected: string[] }> = [
  { name: 'Arabic question mark ؟', text: 'متى يعود النازحون؟ لا أحد يعرف.', expected: ['متى يعود النازحون؟', 'لا أحد يعرف.'] },
  { name: 'full stop and exclamation mark', text: 'سقطت المدينة! وفرّ السكان. ثم عاد بعضهم.', expected: ['سقطت المدينة!', 'وفرّ السكان.', 'ثم عاد بعضهم.'] },
  { name: 'Arabic full stop ۔ (U+06D4)', text: 'وصل الوفد۔ وبدأت المحادثات۔', expected: ['وصل الوفد۔', 'وبدأت المحادثات۔'] },
  { name: '، is a comma in punctuated prose', text: 'قال المسؤول، في بيان رسمي، إن الطريق مغلق. وأضاف أن العمل مستمر.', expected: ['قال المسؤول، في بيان رسمي، إن الطريق مغلق.', 'وأضاف أن العمل مستمر.'] },
  { name: '؛ is a semicolon', text: 'توقف القصف؛ لكن الخوف بقي. وعاد الهدوء.', expected: ['توقف القصف؛ لكن الخوف بقي.', 'وعاد الهدوء.'] },
  { name: 'colon before a new clause', text: 'عاجل: انتهت المعارك في المدينة القديمة.', expected: ['عاجل:', 'انتهت المعارك في المدينة القديمة.'] },
  { name: 'colon inside a time', text: 'بدأ الهجوم عند الساعة 04:30 فجراً. واستمر يومين.', expected: ['بدأ الهجوم عند الساعة 04:30 فجراً.', 'واستمر يومين.'] },
  { name: 'decimals with . and ٫', text: 'ارتفع المؤشر 2.5 نقطة و٣٫٧ في المئة. ثم استقر.', expected: ['ارتفع المؤشر 2.5 نقطة و٣٫٧ في المئة.', 'ثم استقر.'] },
  { name: 'abbreviation د. (doctor)', text: 'استقبل د. سامي الجرحى. ثم عاد إلى بيته.', expected: ['استقبل د. سامي الجرحى.', 'ثم عاد إلى بيته.'] },
  { name: 'bidi controls around the abbreviation dot', text: 'استقبل د\u202a.\u202c سامي الجرحى. ثم عاد.', expected: ['استقبل د\u202a.\u202c سامي الجرحى.', 'ثم عاد.'] },
  { name: 'a sentence may start with Arabic-Indic digits', text: 'سقط عشرات الضحايا. ٤٢٦ مدنياً قتلوا.', expected: ['سقط عشرات الضحايا.', '٤٢٦ مدنياً قتلوا.'] },
  { name: 'quotation followed by a reporting verb', text: '«هل انتهت الحرب؟» سأل أحد السكان. لم يجبه أحد.', expected: ['«هل انتهت الحرب؟» سأل أحد السكان.', 'لم يجبه أحد.'] },
  { name: 'unpunctuated prose splits at clause commas', text: 'خرج الأهالي من بيوتهم عند الفجر، ومشوا ساعات طويلة نحو المخيم، وهناك انتظروا المساعدات', expected: ['خرج الأهالي من بيوتهم عند الفجر،', 'ومشوا ساعات طويلة نحو المخيم،', 'وهناك انتظروا المساعدات'] },
  { name: 'unpunctuated prose keeps list commas, splits after the list', text: 'جمع المتطوعون الماء، والخبز، والدواء، ثم وزعوها على العائلات في المخيم', expected: ['جمع المتطوعون الماء، والخبز، والدواء،', 'ثم وزعوها على العائلات في المخيم'] },
  { name: 'a short place line is not split', text: 'الموصل، العراق', expected: ['الموصل، العراق'] },
];

describe('Arabic sentence rules', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(split(text)).toEqual(expected);
  });
});
