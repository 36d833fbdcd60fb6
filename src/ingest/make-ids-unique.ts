/**
 * Unique ids within a batch: the same input named twice must not yield two documents with one id.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import { hashId } from '../util/hash-id.ts';
import { documentKey } from './document-key.ts';

/**
 * Returns the documents with unique ids (new objects where an id changed; the input is not mutated).
 *
 * The first document keeps its id; the n-th repeat gets `hashId('a', documentKey(path, url), content, '#n')`,
 * so ids depend only on the order of the inputs. Each change is reported (info PX110) on the document.
 */
export function makeIdsUnique(documents: RawDocument[]): RawDocument[] {
  const seen = new Set<string>();
  return documents.map((doc) => {
    if (!seen.has(doc.id)) {
      seen.add(doc.id);
      return doc;
    }
    let n = 2;
    let id = doc.id;
    while (seen.has(id)) id = hashId('a', documentKey(doc.path, doc.url), doc.content, `#${n++}`);
    seen.add(id);
    const input = doc.path ?? doc.url ?? '-';
    const note: Diagnostic = diagnose(
      'info',
      'PX110',
      'ingest',
      `${input}: same name and content as an earlier input (id ${doc.id}); given id ${id}`,
      { input },
    );
    return { ...doc, id, diagnostics: [...doc.diagnostics, note] };
  });
}
