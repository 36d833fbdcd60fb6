/**
 * Words shown to readers for the data model's codes (entity kinds, fact statuses).
 */
import type { EntityKind } from '../model/annotations.ts';
import type { FactStatus } from '../model/briefing.ts';

const KINDS: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  other: 'other',
};

/** The reader's word for an entity kind ("organisation" for `organization`). */
export function kindLabel(kind: EntityKind): string {
  return KINDS[kind] ?? String(kind);
}

const STATUSES: Record<FactStatus, string> = {
  corroborated: 'corroborated',
  'single-source': 'single source',
  disputed: 'disputed',
};

/** The reader's words for how well a fact is supported. */
export function statusLabel(status: FactStatus): string {
  return STATUSES[status] ?? String(status);
}
