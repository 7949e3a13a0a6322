/** The catalogue's `io.` messages. */
import { defineMessages } from "./message.js";

export const IO_MESSAGES = defineMessages({});
