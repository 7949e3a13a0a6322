/** The catalogue's `problem.` messages. */
import { defineMessages } from "./message.js";

export const PROBLEM_MESSAGES = defineMessages({});
