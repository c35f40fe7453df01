// Strict proto3 JSON: the generated fromObject() silently ignores unknown members, so a typo or a
// hostile 50,000-deep array in an unknown member would pass. This walks a parsed body against the
// descriptor generated from ssc.proto (gen/ssc.json): unknown members are refused, and the original
// snake_case names are accepted beside lowerCamelCase, as the proto3 JSON mapping requires.
import { readFileSync } from 'node:fs';

interface FieldDescriptor {
  type: string;
  rule?: string;
}
interface TypeDescriptor {
  fields?: Record<string, FieldDescriptor>;
}

const descriptor = JSON.parse(readFileSync(new URL('./ssc/v1/gen/ssc.json', import.meta.url), 'utf8')) as {
  nested: { ssc: { nested: { v1: { nested: Record<string, TypeDescriptor> } } } };
};
const types = descriptor.nested.ssc.nested.v1.nested;

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
}

interface KnownField {
  jsonName: string;
  /** Message type name for message fields, '' for scalars and enums. */
  messageType: string;
  repeated: boolean;
}

const known = new Map<string, Map<string, KnownField>>();
for (const [typeName, type] of Object.entries(types)) {
  if (type.fields === undefined) continue;
  const fields = new Map<string, KnownField>();
  for (const [jsonName, field] of Object.entries(type.fields)) {
    const messageType = types[field.type]?.fields !== undefined ? field.type : '';
    const entry = { jsonName, messageType, repeated: field.rule === 'repeated' };
    fields.set(jsonName, entry);
    fields.set(snakeCase(jsonName), entry);
  }
  known.set(typeName, fields);
}

const fieldNameShape = /^[A-Za-z_]{1,40}$/;

/**
 * Checks (and normalises to lowerCamelCase, in place) a parsed JSON body for message `typeName`.
 * Returns '' when acceptable, else why not.
 */
export function checkJsonFields(value: Record<string, unknown>, typeName: string): string {
  const fields = known.get(typeName);
  if (fields === undefined) return `unknown message ${typeName}`;
  for (const key of Object.keys(value)) {
    const field = fields.get(key);
    // The member's name is echoed only when it looks like a field name (letters and underscores):
    // a member named with a card or ID number, or a person's name, must never come back in a reply.
    if (field === undefined)
      return `unknown field ${typeName}.${fieldNameShape.test(key) ? key : '(not a field name)'}`;
    const member = value[key];
    if (key !== field.jsonName) {
      if (Object.hasOwn(value, field.jsonName)) return `field ${field.jsonName} given twice`;
      value[field.jsonName] = member;
      delete value[key];
    }
    if (field.messageType === '' || member === null || member === undefined) continue;
    const items = field.repeated ? member : [member];
    if (!Array.isArray(items)) return `${typeName}.${field.jsonName}: array expected`;
    for (const item of items) {
      if (item === null || typeof item !== 'object' || Array.isArray(item))
        return `${typeName}.${field.jsonName}: object expected`;
      const problem = checkJsonFields(item as Record<string, unknown>, field.messageType);
      if (problem !== '') return problem;
    }
  }
  return '';
}
