/** The catalogue's `extract.` messages. */
import { defineMessages } from "./message.js";

export const EXTRACT_MESSAGES = defineMessages({});
