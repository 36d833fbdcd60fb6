/**
 * Folding for comparison: accents removed, lower case, curly quotes made straight.
 */

/**
 * Latin letters that NFD does not decompose, with their usual ASCII spelling ("Yıldırım" → "yildirim"),
 * both cases. One table for every folding of the project (`fold` here, `foldForWink` in `nlp/`).
 */
export const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  œ: 'o',
  Œ: 'O',
  æ: 'a',
  Æ: 'A',
  ß: 's',
};

const ASCII = /^[\t\n\r -~]*$/;

/**
 * Folds a string for comparison: NFD without combining marks, lower case, curly quotes made straight,
 * and the Latin letters without a decomposition (ı, ł, ø, …) spelled in ASCII.
 */
export function fold(text: string): string {
  // Printable ASCII has nothing to decompose or respell: lower case and the backtick are all that change.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower;
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħœæß]/g, (c) => UNDECOMPOSED[c])
    .replace(/[’‘`]/g, "'");
}
