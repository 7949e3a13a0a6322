import { basename, extname } from "node:path";
import { ENTITY_ID_PATTERN } from "../io/dataset-format.js";

export { ENTITY_ID_PATTERN };

/**
 * The entity id and year a report file's name gives: `huaian-hongze-2023.txt` → huaian-hongze, 2023;
 * `jiamusi_2017.html` → jiamusi, 2017. Null parts when the name does not say.
 */
export function entityIdFromFileName(path: string): { entity: string | null; year: number | null } {
  const stem = basename(path, extname(path)).toLowerCase();
  const m = /^(.*?)[-_ .]?((?:19|20)\d\d)$/.exec(stem);
  const entityPart = (m ? (m[1] as string) : stem).replace(/[_ .]+/g, "-").replace(/-+$/, "");
  return {
    entity: ENTITY_ID_PATTERN.test(entityPart) ? entityPart : null,
    year: m ? Number(m[2]) : null,
  };
}
