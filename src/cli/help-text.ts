/**
 * How `--help` reads: in the chosen language (the section titles and "default:" of commander's help
 * translated from the catalogue), aligned and wrapped by display width (a Chinese character takes two
 * columns), required options marked.
 */
import type { Command, Help } from "commander";
import { wrapText } from "../format/text-table.js";
import { say } from "../messages/catalogue.js";
import { stringWidth } from "../text/string-width.js";

const TITLES: Record<string, Parameters<typeof say>[0]> = {
  "Usage:": "table.help.title.usage",
  "Arguments:": "table.help.title.arguments",
  "Options:": "table.help.title.options",
  "Commands:": "table.help.title.commands",
};

/** An option's description with the catalogue's required mark: "指标代码（必填）". */
export function required(description: string): string {
  return `${description}${say("table.help.required")}`;
}

/** Applies the language and display widths to the help of a program and of the commands added after. */
export function configureHelpText(program: Command): Command {
  return program
    .configureHelp({
      styleTitle: (title: string) => {
        const key = TITLES[title];
        return key === undefined ? title : say(key);
      },
      displayWidth: (s: string) => stringWidth(s.replace(/\u001b\[[0-9;]*m/g, "")),
      // Commander breaks lines at spaces only; Chinese has none, so lines break by display width.
      boxWrap: (s: string, width: number) =>
        s
          .split("\n")
          .map((line) => wrapText(line, width).join("\n"))
          .join("\n"),
      optionDescription(this: Help, option) {
        // Commander writes "(default: …)" in English; the catalogue says it in the chosen language.
        const base = Object.getPrototypeOf(this).optionDescription.call(this, option) as string;
        return base.replace(/ ?\(default: ([^)]*)\)$/, (_, value: string) => say("table.help.default", { value }));
      },
    })
    .helpOption("-h, --help", say("table.help.option.help"))
    .helpCommand("help [command]", say("table.help.command.help"));
}
