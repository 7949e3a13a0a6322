/** The catalogue's `cli.` messages. */
import { defineMessages } from "./message.js";

export const CLI_MESSAGES = defineMessages({});
