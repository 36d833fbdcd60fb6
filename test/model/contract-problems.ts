/** Test helper: checks a value against a zod schema of the contract. */
import type { z } from 'zod';

/** The problems zod finds in `value`, one line each with its path; empty when it conforms. */
export function contractProblems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
