/** Reads and checks `datasets/<entity>/entity.json` (or a corpus-wide `entities.json` array). */
import { readFileSync } from "node:fs";
import { type DataProblem, problem } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { EntityInfo } from "../types.js";
import { ENTITY_ID_PATTERN } from "./dataset-format.js";

const FIELDS: readonly (keyof EntityInfo)[] = ["id", "name_zh", "name_en", "level", "province", "parent"];
/** The longest text a field of entity.json may hold. */
const ENTITY_TEXT_MAX = 200;
const EXAMPLE =
  '{"id": "jiamusi", "name_zh": "佳木斯市", "name_en": "Jiamusi", "level": "prefecture-level city", "province": "黑龙江省", "parent": null}';

/** Parses entity metadata; returns the entities or the problems. `expectedId` is the folder name, if any. */
export function readEntityInfo(path: string, expectedId: string | null): { entities: EntityInfo[]; problems: DataProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return {
      entities: [],
      problems: [
        problem(
          "E_BAD_ENTITY_INFO",
          { file: path },
          say("io.entity_info.unreadable.what"),
          say("io.entity_info.unreadable.expected"),
          msg,
          say("io.entity_info.example", { example: EXAMPLE }),
        ),
      ],
    };
  }
  const list = Array.isArray(json) ? json : [json];
  const entities: EntityInfo[] = [];
  const problems: DataProblem[] = [];
  for (const item of list) {
    const missing = FIELDS.filter((f) => !(item && typeof item === "object" && f in item));
    const bad = FIELDS.filter((f) => f !== "parent" && typeof (item as Record<string, unknown>)?.[f] !== "string");
    if (missing.length > 0 || bad.length > 0) {
      problems.push(
        problem(
          "E_BAD_ENTITY_INFO",
          { file: path },
          say("io.entity_info.incomplete.what"),
          say("io.entity_info.incomplete.expected", { fields: FIELDS.join(", ") }),
          say(missing.length ? "io.entity_info.incomplete.missing" : "io.entity_info.incomplete.not_text", {
            fields: (missing.length ? missing : bad).join(", "),
          }),
          say("io.entity_info.example", { example: EXAMPLE }),
        ),
      );
      continue;
    }
    const info = item as EntityInfo;
    // Names are shown in every table, chart and page: a name of 300,000 characters took seconds to lay
    // out in each (and filled the screen). A body's name runs to a few dozen characters.
    const long = FIELDS.find((f) => typeof info[f] === "string" && (info[f] as string).length > ENTITY_TEXT_MAX);
    if (long !== undefined) {
      problems.push(
        problem(
          "E_BAD_ENTITY_INFO",
          { file: path },
          say("io.entity_info.too_long.what"),
          say("io.entity_info.too_long.expected", { max: ENTITY_TEXT_MAX }),
          say("io.entity_info.too_long.found", { field: long, n: (info[long] as string).length }),
          say("io.entity_info.too_long.hint"),
        ),
      );
      continue;
    }
    // A body's folder names its report page: its id must be a safe file name. (A long corpus's ids are
    // checked by `report`, which names pages, not here, so a corpus with other ids still computes.)
    if (expectedId !== null && !ENTITY_ID_PATTERN.test(info.id)) {
      problems.push(
        problem(
          "E_BAD_ENTITY_INFO",
          { file: path },
          say("io.entity_info.bad_id.what"),
          say("io.entity_info.bad_id.expected"),
          JSON.stringify(info.id),
          say("io.entity_info.bad_id.hint"),
        ),
      );
      continue;
    }
    if (expectedId !== null && info.id !== expectedId) {
      problems.push(
        problem(
          "E_BAD_ENTITY_INFO",
          { file: path },
          say("io.entity_info.other_id.what"),
          `"${expectedId}"`,
          JSON.stringify(info.id),
          say("io.entity_info.other_id.hint"),
        ),
      );
      continue;
    }
    entities.push({ ...info, parent: info.parent ?? null });
  }
  return { entities, problems };
}
