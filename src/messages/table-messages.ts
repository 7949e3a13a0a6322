/** The catalogue's `table.` messages. */
import { defineMessages } from "./message.js";

export const TABLE_MESSAGES = defineMessages({});
