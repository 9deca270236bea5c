import { createZodDto as nestjsZodDto } from 'nestjs-zod';

/**
 * nestjs-zod's createZodDto, with OpenAPI metadata that @nestjs/swagger reads correctly. Use this one
 * in the apps (not nestjs-zod's) for every DTO that appears in a document.
 *
 * Why: zod 4.6 compacts a union of bare types into a JSON Schema type array (`z.string().nullable()`
 * becomes `type: ['string', 'null']`), which nestjs-zod 5.5 does not expect. @nestjs/swagger takes an
 * array `type` on a DTO property to mean "an array of the first type", so every such nullable field was
 * documented as `string[]` / `boolean[]` (ProfilePage.nextCursor, PatchProfile.limitedMobility, the
 * RestrictedRecord fields); deeper in a schema the type array stayed as it was, which OpenAPI 3.0 does
 * not allow. Spelling the union back as `anyOf` (what zod wrote before 4.6) is what nestjs-zod turns
 * into `type: 'string', nullable: true`.
 */
export const createZodDto = ((schema: Parameters<typeof nestjsZodDto>[0], options?: Parameters<typeof nestjsZodDto>[1]) => {
  const dto = nestjsZodDto(schema, options) as unknown as DtoClass;
  // Replaced on the class itself, not overridden in a subclass: @nestjs/swagger calls the factory of
  // every class up the prototype chain, so a parent's unfixed metadata would be applied after ours.
  fixFactory(dto);
  // nestjs-zod's getter makes a new class, named `<this>_Output`, on each read.
  const output = Object.getOwnPropertyDescriptor(dto, 'Output')!.get!;
  Object.defineProperty(dto, 'Output', {
    get(this: DtoClass) {
      return fixFactory(output.call(this) as DtoClass);
    },
  });
  return dto;
}) as unknown as typeof nestjsZodDto;

function fixFactory(dto: DtoClass): DtoClass {
  const factory = dto._OPENAPI_METADATA_FACTORY.bind(dto);
  Object.defineProperty(dto, '_OPENAPI_METADATA_FACTORY', { value: () => withoutTypeArrays(factory(), true) });
  return dto;
}

interface DtoClass {
  _OPENAPI_METADATA_FACTORY(): Record<string, unknown>;
}

// Values, not schemas: an example or a default may well hold a `type` array of its own.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * `{ type: [a, b], ...rest }` -> `{ ...rest, anyOf: [{ type: a }, { type: b }] }` everywhere in the
 * metadata: in the DTO's own properties (`properties` = true: the record nestjs-zod returns, whose
 * entries need `type: ''`, nestjs-zod's mark for "no single type") and in every schema inside them,
 * including the `$defs` nestjs-zod carries along under its own keys.
 */
export function withoutTypeArrays(metadata: Record<string, unknown>, properties = false): Record<string, unknown> {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = DATA_KEYS.has(key) ? value : walk(value);
    if (Array.isArray(out.type) && out.type.every((t) => typeof t === 'string')) {
      const { type, ...rest } = out;
      return { ...rest, anyOf: (type as string[]).map((t) => ({ type: t })) };
    }
    return out;
  };
  if (!properties) return walk(metadata) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(metadata).map(([name, schema]) => {
      const fixed = walk(schema) as Record<string, unknown>;
      return [name, 'anyOf' in fixed && !('type' in fixed) ? { ...fixed, type: '' } : fixed];
    }),
  );
}
