/**
 * Bytes to text: binary detection, UTF-8 decoding and the windows-1252 / declared-charset fallback.
 */
import { TextDecoder } from 'node:util';

/** Decoded text, or the reason there is none. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; repaired: boolean }
  | { ok: false; reason: 'binary'; detail: string };

/** Share of control bytes in the first `sniffBytes` bytes (tab, LF, CR, FF and ESC excluded). */
export function controlRatio(bytes: Uint8Array, sniffBytes: number): number {
  const n = Math.min(bytes.length, sniffBytes);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) {
      control++;
    }
  }
  return control / n;
}

/** The encoding named by a UTF-16 byte order mark, if any. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The charset a document declares in its first 2 KB, lower-cased: the XML prolog's `encoding="…"`
 * (feeds, XHTML), else an HTML `<meta charset>` or http-equiv.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** UTF-16 without a byte order mark, told by the NUL byte beside the ASCII `<` or `{` that starts a feed or page. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null;
  const opener = (b: number) => b === 0x3c || b === 0x7b;
  if (opener(bytes[0]) && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && opener(bytes[1]) && bytes[2] === 0) return 'utf-16be';
  return null;
}

/**
 * What windows-1252 maps bytes 0x80–0x9F to (curly quotes, dashes, €, …); the five bytes it leaves
 * undefined keep their C1 code point, as the WHATWG decoder does.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decodes windows-1252 (and the labels WHATWG maps to it: iso-8859-1, us-ascii, latin1). Node built
 * without full ICU decodes it as Latin-1, turning 0x93 and 0x94 into C1 control characters
 * instead of “ and ”.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** A TextDecoder for `label`, or null when the runtime does not know it. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes as text.
 *
 * Cascade: (1) a UTF-16 BOM (or a NUL beside a leading `<`/`{`) decodes as UTF-16; (2) too many control bytes is binary; (3) strict UTF-8;
 * (4) when UTF-8 fails, the charset the document declares (XML prolog or HTML meta, if the runtime
 * knows it and it is not UTF-8), else windows-1252, which maps every byte and is what mislabelled
 * Western text usually is. `repaired` is true only for the undeclared windows-1252 guess, so the caller
 * can warn (PX105); bytes in their declared charset are not a problem. UTF-8 is tried before the
 * declaration because a page labelled ISO-8859-1 that is valid UTF-8 is almost always UTF-8 (Latin-1
 * text with accents is almost never valid UTF-8); for ASCII both decode the same.
 */
export function decodeText(bytes: Uint8Array, maxControlRatio: number, sniffBytes: number): DecodeResult {
  const bom = utf16Bom(bytes) ?? utf16WithoutBom(bytes);
  if (bom) return { ok: true, text: new TextDecoder(bom).decode(bytes), encoding: bom, repaired: false };
  const ratio = controlRatio(bytes, sniffBytes);
  if (ratio > maxControlRatio) {
    const pct = (ratio * 100).toFixed(1);
    return { ok: false, reason: 'binary', detail: `${pct}% control bytes in the first ${sniffBytes} bytes` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', repaired: false };
  } catch {
    const declared = declaredCharset(bytes);
    const fromDeclared = declared && !/^utf-?8$/.test(declared) ? decoderFor(declared) : null;
    const decoder = fromDeclared ?? new TextDecoder('windows-1252');
    const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    return { ok: true, text, encoding: decoder.encoding, repaired: !fromDeclared };
  }
}
