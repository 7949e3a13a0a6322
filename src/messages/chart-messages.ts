/** The catalogue's `chart.` messages. */
import { defineMessages } from "./message.js";

export const CHART_MESSAGES = defineMessages({});
