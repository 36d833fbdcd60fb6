/**
 * Reading a stream (stdin) into bytes with a size cap.
 */

/** The bytes read, or `tooLarge` when the stream passed the cap (reading stops there). */
export interface StreamBytes {
  bytes: Uint8Array;
  tooLarge: boolean;
}

/**
 * Reads `stream` to its end, or until more than `maxBytes` arrived (then stops and reports `tooLarge`).
 * Rejects only when the stream itself errors.
 */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<StreamBytes> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) return { bytes: new Uint8Array(0), tooLarge: true };
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks), tooLarge: false };
}
