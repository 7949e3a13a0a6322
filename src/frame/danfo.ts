/**
 * The one place that loads danfojs-node. Loaded on first use, not at import: it pulls in TensorFlow.js
 * (about 0.6 s), which commands that print tables or charts never need.
 */
import { createRequire } from "node:module";

export type Danfo = typeof import("danfojs-node");
export type DataFrame = import("danfojs-node").DataFrame;

const require = createRequire(import.meta.url);
let cached: Danfo | undefined;

export function danfo(): Danfo {
  if (cached === undefined) {
    cached = require("danfojs-node") as Danfo;
    // TF.js greets Node users on the first tensor write ("Hi, looks like you are running TensorFlow.js in
    // Node.js…"); that line has no place in CLI or notebook output, so mark the backend as used.
    const backend = cached.tensorflow.backend() as unknown as { firstUse?: boolean };
    if (backend && "firstUse" in backend) backend.firstUse = false;
  }
  return cached;
}
