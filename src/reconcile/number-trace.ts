/**
 * A trace of how number claims are read and set against each other, for explaining a dispute that is
 * shown or missed (`scripts/explain-disputes.mjs`). Reconcile calls it only when the caller passes
 * one (`numberTrace` in the reconcile options); the briefing never depends on it.
 */
import type { NumberClaim } from './extract-numbers.ts';

/** One gate of dispute finding and whether the claims passed it. */
export interface GateResult {
  gate: string;
  pass: boolean;
  /** What the gate compared ("0.041 < 0.12", the shared context words). */
  detail?: string;
}

/** One step told to a trace. */
export type NumberTraceStep =
  /** A quantity of a statement that was not read as a number claim, and why. */
  | { stage: 'skip'; article: string; start: number; end: number; reason: string }
  /** Every number claim of the story, as extracted. */
  | { stage: 'claims'; numbers: NumberClaim[] }
  /** Two claims weighed as rival readings: every pair gate, evaluated even after one fails. */
  | { stage: 'pair'; a: NumberClaim; b: NumberClaim; gates: GateResult[]; joined: boolean }
  /** A group of joined claims judged as a dispute: the gates up to the first that failed. */
  | { stage: 'group'; claims: NumberClaim[]; gates: GateResult[]; shown: boolean };

/** The trace callback. */
export type NumberTrace = (step: NumberTraceStep) => void;

/** A named check, evaluated lazily; `detail` is computed only for a trace. */
export interface Gate {
  gate: string;
  pass: () => boolean;
  detail?: () => string;
}

/** True when every gate passes (stops at the first that fails). */
export function allPass(gates: Gate[]): boolean {
  return gates.every((g) => g.pass());
}

/** Every gate's result with its detail, none skipped (for a trace). */
export function evaluateGates(gates: Gate[]): GateResult[] {
  return gates.map((g) => ({ gate: g.gate, pass: g.pass(), ...(g.detail ? { detail: g.detail() } : {}) }));
}
