/** The catalogue's `report.` messages. */
import { defineMessages } from "./message.js";

export const REPORT_MESSAGES = defineMessages({});
