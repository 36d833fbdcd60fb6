/** The data model: types only. */
export type * from './annotations.ts';
export type * from './article.ts';
export type * from './briefing.ts';
export type * from './citation.ts';
export type * from './claim.ts';
export type * from './diagnostic.ts';
export { DIAGNOSTIC_CODES } from './diagnostic-codes.ts';
export type * from './findings.ts';
export type * from './source.ts';
export type * from './story.ts';
