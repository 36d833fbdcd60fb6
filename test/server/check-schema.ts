/**
 * A small JSON Schema checker for the subset the OpenAPI document uses ($ref, type, properties,
 * required, additionalProperties, items, enum, oneOf, anyOf, minimum, maximum, pattern): enough to check
 * real API responses against the document, so the document cannot drift from the code.
 */
import { openApiDocument } from '../../src/server/openapi.ts';

type Schema = { [key: string]: unknown };

const components = openApiDocument.components.schemas as Record<string, Schema>;

/** The JSON type name of a value (`integer` for whole numbers). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Problems of `value` against `schema`, each with its JSON path; empty when it conforms. */
export function checkSchema(value: unknown, schema: Schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) return [`${path}: unknown $ref ${schema.$ref}`];
    return checkSchema(value, target, path);
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((s) => checkSchema(value, s, path).length === 0);
    return passing.length === 1 ? [] : [`${path}: matches ${passing.length} of oneOf, expected 1`];
  }
  if (Array.isArray(schema.anyOf)) {
    const passing = (schema.anyOf as Schema[]).some((s) => checkSchema(value, s, path).length === 0);
    return passing ? [] : [`${path}: matches none of anyOf`];
  }
  const problems: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number')))
      return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above maximum`);
  }
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern).test(value)
  )
    problems.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      problems.push(...checkSchema(item, schema.items as Schema, `${path}[${i}]`));
    });
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in obj)) problems.push(`${path}: missing required ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) problems.push(...checkSchema(v, props[key], `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...checkSchema(v, schema.additionalProperties as Schema, `${path}.${key}`));
    }
  }
  return problems;
}

/** The schema of a response of the document: `(path, method, status)` → its JSON schema. */
export function responseSchema(path: string, method: string, status: number): Schema {
  const paths = openApiDocument.paths as unknown as Record<string, Record<string, Schema>>;
  const op = paths[path]?.[method];
  const responses = op?.responses as
    | Record<string, { content?: Record<string, { schema: Schema }> }>
    | undefined;
  const schema = responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the OpenAPI document has no ${status} JSON response for ${method} ${path}`);
  return schema;
}
