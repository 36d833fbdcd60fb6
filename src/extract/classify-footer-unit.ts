/**
 * What a trailing paragraph is, when it is boilerplate: copyright, promotion, share line, source, ...
 */
import { countWords } from './draft.ts';
import { bylineBody, parseByline } from './parse-byline.ts';

/** Kinds of trailing boilerplate. `address` and `blurb` count only next to other boilerplate. */
export type FooterKind =
  | 'copyright'
  | 'promotion'
  | 'share'
  | 'source'
  | 'related'
  | 'tags'
  | 'link'
  | 'credits'
  | 'end-byline'
  | 'author-bio'
  | 'sign-off'
  | 'address';

const COPYRIGHT = /^(?:copyright\b|©|ⓒ|Ⓒ|\(c\)\s*\d{4})/i;
const PROMOTION =
  /^(?:follow\s+(?:us|me|for|@|on)\b|subscribe\b|sign\s+up\b|join\s+(?:us|our)\b|download\s+(?:our|the)\s+app|get\s+(?:the\s+latest|our)\b|click\s+here|don['’]t\s+miss|stay\s+(?:updated|informed|tuned)|like\s+us\s+on|for\s+(?:more|the\s+latest)\s+(?:news|updates|stories)|read\s+(?:the\s+)?full\s+(?:story|article)|support\s+(?:our|independent)\s+journalism|become\s+a\s+(?:member|subscriber)|get\s+the\s+best\s+of\b|this\s+(?:article|story)\s+(?:first\s+|originally\s+)?(?:appeared|was\s+(?:first\s+)?published)\b)|\bin\s+your\s+inbox\b/i;
/** A line asking readers to write in: "Letters on the verdict: write to letters@…", "Tips? Email news@…". */
const CONTACT_CALL =
  /\b(?:write\s+to|write\s+us|e-?mail|contact|send\s+(?:us|your|a)|letters?|tips?|got\s+a\s+story|have\s+a\s+story|get\s+in\s+touch)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const SHARE_WORDS = new Set(
  'share shares this article story post page on via like likes tweet email e-mail print whatsapp facebook twitter x linkedin telegram reddit copy link pinterest comment comments save bookmark social media and or with your friends instagram bluesky threads mastodon'.split(
    ' ',
  ),
);
const SOURCE = /^(?:sources?|via|h\/t)\s*(?:[:\-–—]\s*.*)?$/i;
const RELATED =
  /^(?:related(?:\s+(?:articles?|stories|news|coverage|topics|reading|content))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+(?:on\s+(?:this|these)\s+(?:story|stories|topics?|subjects?)|from\s+[\p{L}\d ]{1,30}|stories|news|coverage)|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|trending(?:\s+now)?|most\s+(?:read|popular)|popular\s+(?:now|stories))\s*(?::|$)/iu;
const TAGS = /^(?:tags?|topics?|filed\s+under|categories|keywords)\s*:/i;
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const CREDITS =
  /^[([\s—–-]*(?:additional\s+reporting|editing|edited|writing|compiled|translated|graphics?|photos?)\s+by\b/i;
const ADDRESS_WORD =
  /\b(?:suite|ste\.|st\.|street|avenue|ave\.?|road|rd\.|row|blvd\.?|boulevard|floor|fl\.|unit|p\.?\s?o\.?\s+box|building|business\s+park|lane|plaza)(?=[\s,.]|$)|^(?:tel|phone|fax|e-?mail)\s*[:.]|[\w.+-]+@[\w-]+\.[\w.]+/i;
/** A region code and postcode ("DE 19709"), a town and postcode ("Calderwick 4471"), or a street number then a name. */
const ADDRESS_CODE = /\b\p{Lu}{2}\s+\d{5}(?:-\d{4})?\b|^\d{1,5}\s+\p{Lu}|^\p{Lu}[\p{L}' -]+,?\s+\d{4,5}$/u;
/** Initials in parentheses that sign off a wire or translated report: "(ST)", "(JR/AB)". */
const SIGN_OFF = /^\(\p{Lu}{1,5}(?:\/\p{Lu}{1,5})*\)$|^[—–-]\s*\p{Lu}{1,5}$/u;
/** "Jane Roe is a labour economist at …": an author's note, recognised by the job it names. */
const AUTHOR_BIO =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:economist|journalist|writer|reporter|correspondent|editor|columnist|professor|lecturer|researcher|analyst|author|historian|scientist|consultant|contributor|fellow|freelancer|director)\b/u;

/** "The writer is a former adviser to …": an author's note that names no one. */
const WRITER_NOTE =
  /^the\s+(?:writer|author|columnist|contributor)s?\s+(?:is|was|are|were)\s+(?:a|an|the)?\s*\S/i;

/** The author named by an author's note at the end ("Jane Roe is a labour economist at …"), or null. */
export function authorOfBio(unit: string): string | null {
  if (countWords(unit) > 45 || (unit.match(/[.!?](?:\s|$)/g) ?? []).length > 2) return null;
  return AUTHOR_BIO.exec(unit)?.[1] ?? null;
}

/** True for a line made only of share-bar words ("Share on Facebook | Tweet | Email"). */
function isShareLine(unit: string): boolean {
  const words = unit
    .toLowerCase()
    .split(/[\s|•·,/:()\d]+/)
    .filter((w) => w !== '');
  return words.length > 0 && words.length <= 10 && words.every((w) => SHARE_WORDS.has(w));
}

/** The kind of a trailing paragraph when it is boilerplate on its own, else null. */
export function classifyFooterUnit(unit: string): FooterKind | null {
  const words = countWords(unit);
  if (COPYRIGHT.test(unit) || (/all rights reserved/i.test(unit) && words <= 30)) return 'copyright';
  if (PROMOTION.test(unit) && words <= 40) return 'promotion';
  if (EMAIL.test(unit) && CONTACT_CALL.test(unit) && words <= 25) return 'promotion';
  if (isShareLine(unit)) return 'share';
  if (SOURCE.test(unit) && words <= 12) return 'source';
  if (RELATED.test(unit) && words <= 20) return 'related';
  if (TAGS.test(unit) && words <= 40) return 'tags';
  if (LINK.test(unit)) return 'link';
  if (CREDITS.test(unit) && words <= 30) return 'credits';
  const body = words <= 16 ? bylineBody(unit) : null;
  if (body && parseByline(body)) return 'end-byline';
  if (SIGN_OFF.test(unit)) return 'sign-off';
  if (authorOfBio(unit) || (WRITER_NOTE.test(unit) && words <= 40)) return 'author-bio';
  if (words <= 10 && unit.length <= 70 && (ADDRESS_WORD.test(unit) || ADDRESS_CODE.test(unit)))
    return 'address';
  return null;
}

/** True when a paragraph sounds like a company describing itself (first person plural, or "About …"). */
export function soundsLikeBlurb(unit: string): boolean {
  return /^["“]?about\s/i.test(unit) || /^["“].*["”]$/.test(unit) || /\b(?:we|our|us)\b/i.test(unit);
}

/** The outlet a footer line names: the copyright holder, or "first appeared in … the X". */
export function outletOfFooter(unit: string): string | null {
  const copyright =
    /^(?:copyright\s*)?(?:©|ⓒ|Ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?\s+)?(\p{Lu}[\p{L}\d&' -]{1,50}?)[.,]?\s+all\s+rights\s+reserved/iu.exec(
      unit,
    );
  if (copyright) return copyright[1].trim();
  const appeared =
    /appeared\s+in\s+(?:the\s+)?(?:print\s+edition\s+of\s+|pages\s+of\s+)?(?:the\s+)?(\p{Lu}[\p{L}\d&' -]{1,50}?)[.,]/u.exec(
      unit,
    );
  return appeared ? appeared[1].trim() : null;
}
