import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const JIAMUSI_INFO = {
  id: "jiamusi",
  name_zh: "佳木斯市",
  name_en: "Jiamusi",
  level: "prefecture-level city",
  province: "黑龙江省",
  parent: null,
};

/**
 * Writes a throw-away datasets folder: `files` maps paths like "jiamusi/2017.csv" to their content
 * (string or bytes). Each entity folder gets an entity.json unless `withMetadata` is false.
 */
export function tempDatasets(files: Record<string, string | Uint8Array>, withMetadata = true): string {
  const root = mkdtempSync(join(tmpdir(), "dt-datasets-"));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
    const entity = rel.split("/")[0] as string;
    if (withMetadata && rel.includes("/") && !rel.endsWith("entity.json")) {
      const info = entity === "jiamusi" ? JIAMUSI_INFO : { ...JIAMUSI_INFO, id: entity, name_zh: entity, name_en: entity };
      writeFileSync(join(root, entity, "entity.json"), JSON.stringify(info));
    }
  }
  return root;
}
