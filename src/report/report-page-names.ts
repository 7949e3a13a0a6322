/**
 * The file name of each body's page: its entity id, which must already be a safe file name (lower-case
 * ASCII letters, digits and "-"). Ids are never rewritten into one: "佳木斯" or "a.b" would have become
 * "-" or "a-b" and two bodies could share a page, the second silently overwriting the first. A bad id,
 * two bodies on one name, or a body named like the index page is an error naming the bodies.
 */
import { UsageError } from "../errors.js";
import { ENTITY_ID_PATTERN } from "../extract/entity-id-from-file-name.js";
import { say } from "../messages/catalogue.js";

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
      throw new UsageError(say("report.page_bad_id", { body: describe(b) }));
    }
    const name = b.entity;
    // File systems that ignore case would also put "Index" over "index": compare lower-cased.
    const key = name.toLowerCase();
    if (RESERVED.has(key)) {
      throw new UsageError(say("report.page_reserved", { body: describe(b), page: `${key}.html` }));
    }
    const first = owner.get(key);
    if (first !== undefined) {
      throw new UsageError(say("report.page_shared", { first: describe(first), second: describe(b), page: `${name}.html` }));
    }
    owner.set(key, b);
    names.set(b.entity, name);
  }
  return names;
}

function describe(b: NamedBody): string {
  return say("report.page_body", { id: b.entity, name: b.name_zh });
}
