/** A plain-text raw document as `parallax brief` reads one, with its outlet and publication day given. */
import type { RawDocument } from '../../src/model/source.ts';

export const textDocument = (
  id: string,
  outlet: string,
  content: string,
  published: string,
): RawDocument => ({
  id,
  path: `${id}.txt`,
  kind: 'text',
  content,
  diagnostics: [],
  meta: { outlet, published },
});
