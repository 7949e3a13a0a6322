/**
 * The CJK font the renderer draws and measures Chinese text with: Noto Sans SC Regular from the
 * @expo-google-fonts/noto-sans-sc package. Without it PNGs show empty boxes for every Chinese glyph, so
 * a missing font is an error that says what to install, never a silent fallback.
 */

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";

export const CJK_FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc";
export const CJK_FONT_FILE = "400Regular/NotoSansSC_400Regular.ttf";

/** The absolute path of the bundled CJK font file; throws a UsageError naming the package when it is missing. */
export function cjkFontPath(): string {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(`${CJK_FONT_PACKAGE}/${CJK_FONT_FILE}`);
  } catch {
    throw missingFont(say("cli.cjk_font_no_package", { package: CJK_FONT_PACKAGE }));
  }
  if (!existsSync(path)) throw missingFont(say("cli.cjk_font_no_file", { path }));
  return path;
}

function missingFont(found: string): UsageError {
  return new UsageError(say("cli.cjk_font_missing", { font: `${CJK_FONT_PACKAGE}/${CJK_FONT_FILE}`, found }));
}
