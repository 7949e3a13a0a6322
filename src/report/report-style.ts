/** CSS of the report pages (on top of the shared page frame). */
export const REPORT_STYLE = `
.meta { color: #555; margin: 0 0 16px; }
nav.toc a { margin-right: 14px; }
table.data { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
table.data th, table.data td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; vertical-align: top; }
table.data th { background: #f6f6f6; font-weight: 600; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.findings td { max-width: 520px; }
.sev-error { color: #b71c1c; font-weight: 600; } .sev-warning { color: #a36a00; font-weight: 600; } .sev-note { color: #555; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; }
.card { border: 1px solid #e0e0e0; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.card .label { font-size: 12px; color: #555; } .card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .delta { font-size: 12px; color: #555; } .card .disputed { font-size: 12px; color: #b71c1c; max-width: 180px; }
.note { color: #555; font-size: 13px; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ddd; color: #444; font-size: 12px; }
.files a { margin-right: 8px; font-size: 12px; }
`;
