/**
 * Boilerplate anywhere in the body: lone promotion, share, credit, print-edition and caption lines, and
 * the leading timestamps of a live page's entries. Unlike the trailing stripper, this one removes a
 * unit from the middle of the body, so each rule needs a shape no article sentence has.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { classifyFooterUnit } from './classify-footer-unit.ts';
import { countWords, type Removed, sizeOf } from './draft.ts';
import { readMetaLine } from './read-meta-line.ts';
import { AD_LABEL } from './strip-leading-lines.ts';
import {
  type FooterOptions,
  type StrippedFooter,
  stripTrailingBoilerplate,
} from './strip-trailing-boilerplate.ts';

/** A call to act that opens a sentence: "Sign up for", "Subscribe to", "Listen to … live", "Download our app". */
const PROMO_VERB =
  /^(?:sign\s+up|subscribe|register|download|listen(?:\s+again)?\s+to|watch\s+(?:it\s+)?live|tune\s+in|follow(?:\s+us)?|join\s+(?:us|our|the)|get\s+(?:unlimited|full|free|instant|the\s+latest|our)|start\s+(?:your|a)\s+(?:free\s+)?(?:trial|subscription)|try\s+(?:\S+\s+){0,3}(?:free|for\s+\S+)|unlock|read\s+(?:more|the\s+full)|share\s+(?:this|the)\s+(?:article|story|post|page)|become\s+a\s+(?:member|subscriber|supporter)|support\s+(?:our|independent)|don['’]t\s+miss|never\s+miss)\b/i;
/** What a promotion offers: a newsletter, an app, a station, access, a social network. */
const PROMO_OBJECT =
  /\b(?:newsletters?|briefings?|bulletins?|digest|inbox|e-?mails?|alerts?|notifications?|apps?|podcasts?|live|fm|dab|radio|stream(?:ing)?|free|trial|access|subscription|subscribers?|membership|offer|updates|facebook|instagram|whatsapp|linkedin|telegram|tiktok|youtube|twitter|x|threads|bluesky)\b/i;
/** Subscriber notices and trial offers, wherever they sit in a short line. */
const OFFER =
  /\bfree\s+trial\b|\bsubscribers?[-\s]only\b|\bunlimited\s+(?:digital\s+)?access\b|\bto\s+continue\s+reading\b|\balready\s+a\s+subscriber\b|\bexclusive(?:ly)?\s+for\s+(?:members|subscribers)\b|\b(?:first|1)\s+(?:month|year)\s+(?:free|for\s+\S+)\b/i;
/** A notice that forbids copying: part of the copyright block, wherever it sits. */
const LEGAL =
  /^(?:republication|redistribution|reproduction|copying)\b.*\b(?:prohibited|forbidden|without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|permission))\b/i;
/** A print-edition note: "This article appeared on p14 of …", "A version of this story appears in print …". */
const PRINT_NOTE =
  /^(?:a\s+version\s+of\s+)?this\s+(?:article|story|report|piece)\s+(?:first\s+|originally\s+)?(?:appeared|appears|was\s+(?:first\s+)?(?:published|printed))\b|^(?:printed|published)\s+in\s+(?:the\s+)?print\s+edition\b/i;
/** A caption or picture credit line: "Photo: …", "Image caption: …", "Pictured: …", "(Photo: Jane Roe/Agency)". */
const CAPTION =
  /^\(?(?:photo(?:graph)?s?|image|picture|pictured|caption|image\s+caption|file\s+photo|illustration|credit|photo\s+credit|video)\s*(?:caption)?\s*[:|]|^\[(?:photo|image|picture)[^\]]*\]$|[([]\s*(?:photo|photograph|image|picture)(?:\s+credit)?\s*:\s*[^)\]]{1,60}[)\]]$/i;
/** A credit line in the body: "Compiled from reporting by …", "With reporting from …", "Reporting by X; editing by Y". */
const CREDIT =
  /^[([\s—–-]*(?:(?:compiled|written|produced|prepared|adapted)\s+(?:from|with|using)\s+(?:\S+\s+){0,4}?(?:by|from)|with\s+(?:additional\s+)?reporting\s+(?:by|from)|(?:additional\s+)?reporting\s+by\b.*\bedit(?:ed|ing)\s+by)\b/i;
/** The leading timestamp of a live-page entry: "11:30 GMT - ", "9.15am: ", "14:05 – ". */
const LIVE_STAMP =
  /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|local(?:\s+time)?))?)\s*(?:[-–—:|]\s+)/i;

/** Reported speech: a sentence that tells what someone said is news, even when it mentions an offer. */
const REPORTED = /\b(?:said|says|told|according\s+to|announced|reported)\b/i;

/** At most this many words in a promotion, credit or caption line (a lone line, not a paragraph of prose). */
const MAX_LINE_WORDS = 35;

/** The sentences of a short unit. */
function sentences(unit: string): string[] {
  return unit.split(/(?<=[.!?])\s+(?=["“]?\p{Lu})|\s+[|—–-]\s+/u).filter((s) => s.trim() !== '');
}

/** True when a lone unit promotes the outlet: a call to act on a newsletter, an app, a station, or an offer. */
export function isPromotionLine(unit: string): boolean {
  if (countWords(unit) > MAX_LINE_WORDS || REPORTED.test(unit)) return false;
  if (OFFER.test(unit)) return true;
  return sentences(unit).some((s) => PROMO_VERB.test(s.trim()) && PROMO_OBJECT.test(s));
}

/** The kind of a lone body unit when it is boilerplate wherever it stands, else null. */
export function classifyInlineUnit(unit: string, metaLineMaxChars: number): string | null {
  const words = countWords(unit);
  if (words > MAX_LINE_WORDS) return null;
  if (AD_LABEL.test(unit.trim())) return 'ad-label';
  if (isPromotionLine(unit)) return 'promotion';
  if (LEGAL.test(unit)) return 'copyright';
  if (PRINT_NOTE.test(unit)) return 'print-note';
  if (CAPTION.test(unit)) return 'caption';
  if (CREDIT.test(unit)) return 'credits';
  const footer = classifyFooterUnit(unit);
  if (footer === 'share' || footer === 'copyright' || footer === 'credits') return footer;
  if (/^(?:posted|published|updated|last\s+updated|first\s+published)\b/i.test(unit) && words <= 15) {
    const meta = readMetaLine(unit, metaLineMaxChars, false);
    if (meta?.kind === 'date-line') return 'date-line';
  }
  return null;
}

/** The body without its inline boilerplate, and what was removed. */
export interface StrippedInline {
  body: string[];
  removed: Removed[];
  diagnostics: Diagnostic[];
}

/**
 * Removes boilerplate units anywhere in the body (`classifyInlineUnit`) and, on a live page (at least
 * two units open with a timestamp and a dash or colon), each entry's leading timestamp: it dates the
 * entry, it is not part of the sentence. At least one unit is always kept. Each removal is a PX203
 * diagnostic giving its kind and size; `removed` keeps the text verbatim.
 */
export function stripInlineBoilerplate(
  units: string[],
  opts: { metaLineMaxChars: number },
  place: DiagnosticPlace,
): StrippedInline {
  const removed: Removed[] = [];
  const kinds = units.map((u) => classifyInlineUnit(u, opts.metaLineMaxChars));
  const keep = kinds.map((k) => k === null);
  if (!keep.some(Boolean)) return { body: units, removed: [], diagnostics: [] };
  const live = units.filter((u) => LIVE_STAMP.test(u)).length >= 2;
  const body: string[] = [];
  units.forEach((u, i) => {
    if (!keep[i]) {
      removed.push({ kind: kinds[i]!, text: u });
      return;
    }
    const stamp = live ? LIVE_STAMP.exec(u) : null;
    if (stamp && countWords(u.slice(stamp[0].length)) >= 3) {
      removed.push({ kind: 'live-timestamp', text: stamp[0].trim() });
      body.push(u.slice(stamp[0].length));
    } else body.push(u);
  });
  const diagnostics = removed
    .filter((r) => r.kind !== 'live-timestamp')
    .map((r) => diagnose('info', 'PX203', 'extract', `${r.kind} line removed (${sizeOf(r.text)})`, place));
  return { body, removed, diagnostics };
}

/**
 * All body boilerplate: the trailing block (`stripTrailingBoilerplate`), then lines anywhere
 * (`stripInlineBoilerplate`), then the trailing block again when removing those uncovered more (a
 * "Source" line above an ad label and a promotion). The first pass's author and outlet win; `removed`
 * lists the inline removals, then the trailing ones.
 */
export function stripBodyBoilerplate(
  units: string[],
  opts: FooterOptions & { metaLineMaxChars: number },
  place: DiagnosticPlace,
): StrippedFooter {
  const first = stripTrailingBoilerplate(units, opts, place);
  const inline = stripInlineBoilerplate(first.body, opts, place);
  if (inline.removed.length === 0) return first;
  const second = stripTrailingBoilerplate(inline.body, opts, place);
  return {
    body: second.body,
    removed: [...inline.removed, ...second.removed, ...first.removed],
    author: first.author ?? second.author,
    outlet: first.outlet ?? second.outlet,
    diagnostics: [...first.diagnostics, ...inline.diagnostics, ...second.diagnostics],
  };
}
