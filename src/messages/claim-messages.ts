/** The catalogue's `claim.` messages. */
import { defineMessages } from "./message.js";

export const CLAIM_MESSAGES = defineMessages({});
