/**
 * CSS of the report pages (on top of the shared page frame). Tables sit in a .table-wrap box that
 * scrolls sideways on its own when the table is wider than the page, with the label column kept in
 * view (sticky) and wide enough to read: a phone never squeezes a label to one character a line.
 */
export const REPORT_STYLE = `
.meta { color: #555; margin: 0 0 16px; }
nav.toc { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: 8px 0 16px; -webkit-overflow-scrolling: touch; }
table.data { border-collapse: separate; border-spacing: 0; font-size: 13px; }
table.data th, table.data td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; vertical-align: top; background: #ffffff; }
table.data th { background: #f6f6f6; font-weight: 600; white-space: nowrap; }
table.data th:first-child, table.data td:first-child { position: sticky; left: 0; z-index: 1; min-width: 7em; max-width: 16em; box-shadow: 1px 0 0 #e4e4e4; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.findings td { min-width: 6em; max-width: 520px; }
table.findings td:nth-child(4) { min-width: 16em; }
.sev-error { color: #b71c1c; font-weight: 600; } .sev-warning { color: #a36a00; font-weight: 600; } .sev-note { color: #555; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; }
.card { border: 1px solid #e0e0e0; border-radius: 6px; padding: 10px 14px; flex: 1 1 150px; max-width: 260px; }
.card .label { font-size: 12px; color: #555; } .card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .delta { font-size: 12px; color: #555; } .card .disputed { font-size: 12px; color: #b71c1c; }
.note { color: #555; font-size: 13px; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ddd; color: #444; font-size: 12px; }
.files a { margin-right: 8px; font-size: 12px; }
@media (max-width: 600px) { .card { max-width: none; } .card .value { font-size: 19px; } }
@media print { .table-wrap { overflow: visible; } table.data th:first-child, table.data td:first-child { position: static; box-shadow: none; } }
`;
