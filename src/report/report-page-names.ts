/**
 * The file name of each body's page: its entity id, which must already be a safe file name (lower-case
 * ASCII letters, digits and "-"). Ids are never rewritten into one: "佳木斯" or "a.b" would have become
 * "-" or "a-b" and two bodies could share a page, the second silently overwriting the first. A bad id,
 * two bodies on one name, or a body named like the index page is an error naming the bodies.
 */
import { UsageError } from "../errors.js";
import { ENTITY_ID_PATTERN } from "../extract/entity-id-from-file-name.js";

/** Page names taken by the report itself. */
const RESERVED = new Set(["index"]);

export interface NamedBody {
  entity: string;
  name_zh: string;
}

/** entity id → page base name (no extension); throws a UsageError for a bad, reserved or shared name. */
export function reportPageNames(bodies: readonly NamedBody[]): Map<string, string> {
  const names = new Map<string, string>();
  const owner = new Map<string, NamedBody>();
  for (const b of bodies) {
    if (!ENTITY_ID_PATTERN.test(b.entity)) {
      throw new UsageError(
        `cannot name the report page of ${describe(b)}: an entity id must be lower-case ASCII letters, digits and "-" (like "huaian-hongze"); rename its folder and the id in its entity.json`,
      );
    }
    const name = b.entity;
    // File systems that ignore case would also put "Index" over "index": compare lower-cased.
    const key = name.toLowerCase();
    if (RESERVED.has(key)) {
      throw new UsageError(`the report page of ${describe(b)} would overwrite the report's ${key}.html: give the body another id`);
    }
    const first = owner.get(key);
    if (first !== undefined) {
      throw new UsageError(`${describe(first)} and ${describe(b)} would be written to one page, ${name}.html: give one of them another id`);
    }
    owner.set(key, b);
    names.set(b.entity, name);
  }
  return names;
}

function describe(b: NamedBody): string {
  return `the body "${b.entity}" (${b.name_zh})`;
}
