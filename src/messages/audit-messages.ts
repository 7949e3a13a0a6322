/** The catalogue's `audit.` messages. */
import { defineMessages } from "./message.js";

export const AUDIT_MESSAGES = defineMessages({});
