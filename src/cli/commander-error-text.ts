/**
 * Commander's own messages for a mistaken command line (a missing argument, an unknown option or
 * command), said in the chosen language. Commander words them in English; each form it prints is read
 * back here and said again from the catalogue. A message of a form not known here is left as it is.
 */
import { type MessageKey, say } from "../messages/catalogue.js";
import type { MessageParams } from "../messages/message.js";
import { listText } from "./list-text.js";

const FORMS: readonly [RegExp, MessageKey, (m: RegExpExecArray) => MessageParams][] = [
  [/^error: missing required argument '(.+)'$/, "cli.commander_missing_argument", (m) => ({ name: m[1] as string })],
  [/^error: option '(.+)' argument missing$/, "cli.commander_option_argument_missing", (m) => ({ option: m[1] as string })],
  [/^error: required option '(.+)' not specified$/, "cli.commander_required_option", (m) => ({ option: m[1] as string })],
  [/^error: unknown option '(.+)'$/, "cli.commander_unknown_option", (m) => ({ option: m[1] as string })],
  [/^error: unknown command '(.+)'$/, "cli.commander_unknown_command", (m) => ({ command: m[1] as string })],
  [
    /^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    "cli.commander_too_many_arguments",
    (m) => ({ expected: m[1] as string, got: m[2] as string }),
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\.$/,
    "cli.commander_invalid_argument",
    (m) => ({ option: m[1] as string, value: m[2] as string }),
  ],
  [/^error: (.+) cannot be used with (.+)$/, "cli.commander_conflict", (m) => ({ option: m[1] as string, other: m[2] as string })],
];

/** Commander's error text (with its "(Did you mean …?)" line) in the current language. */
export function commanderErrorText(text: string): string {
  const [first = "", ...rest] = text.replace(/\n$/, "").split("\n");
  const form = FORMS.map(([re, key, params]) => {
    const m = re.exec(first);
    return m === null ? null : say("general.error", { message: say(key, params(m)) });
  }).find((s) => s !== null);
  if (form === undefined || form === null) return text;
  const lines = [form];
  for (const line of rest) {
    const near = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
    lines.push(near === null ? line : say("cli.commander_did_you_mean", { names: listText((near[1] as string).split(", ")) }));
  }
  return `${lines.join("\n")}\n`;
}
