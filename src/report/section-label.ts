/**
 * The name of a report section (a catalogue metric's `section`), for saying which parts of a report a
 * body-year's figures come from. An id without a name here is shown as the id.
 */
import type { ChartLang } from "../charts/theme.js";

const SECTIONS: Record<string, readonly [string, string]> = {
  proactive: ["主动公开情况", "proactive disclosure"],
  art20_1: ["主动公开政府信息情况", "proactive disclosure"],
  art20_5: ["主动公开政府信息情况", "proactive disclosure"],
  art20_6: ["主动公开政府信息情况", "proactive disclosure"],
  art20_8: ["主动公开政府信息情况", "proactive disclosure"],
  art20_9: ["主动公开政府信息情况", "proactive disclosure"],
  response: ["回应解读情况", "responses to public concern"],
  requests: ["依申请公开情况", "requests for disclosure"],
  t3: ["收到和处理政府信息公开申请情况", "requests received and handled"],
  t4: ["政府信息公开行政复议、行政诉讼情况", "administrative reconsideration and litigation"],
  appeals: ["行政复议、行政诉讼和举报投诉情况", "reconsideration, litigation and complaints"],
  fees: ["收费情况", "fees"],
  s6: ["收费情况", "fees"],
  capacity: ["机构建设和保障经费情况", "staff and facilities"],
  training: ["会议和培训情况", "meetings and training"],
  proposals: ["人大代表建议和政协委员提案办理情况", "proposals of deputies and committee members"],
};

export function sectionLabel(section: string, lang: ChartLang): string {
  const names = SECTIONS[section];
  return names === undefined ? section : names[lang === "zh" ? 0 : 1];
}
