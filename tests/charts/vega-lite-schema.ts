/** Validation of specs against the Vega-Lite JSON schema shipped with vega-lite (draft-07). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";

let validate: ValidateFunction | undefined;

/** The schema errors of a spec, as readable lines; empty when it is valid. */
export function schemaErrors(spec: unknown): string[] {
  if (validate === undefined) {
    const require = createRequire(import.meta.url);
    const root = dirname(dirname(require.resolve("vega-lite")));
    const schema = JSON.parse(readFileSync(join(root, "build", "vega-lite-schema.json"), "utf8"));
    validate = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);
  }
  return validate(spec) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
