/**
 * The catalogue's `extract.` messages: what `extract` and `add-year` say of a report file (its format,
 * its text, the figures found or why none was), and the warnings of reading a report's tables.
 */
import { defineMessages } from "./message.js";

export const EXTRACT_MESSAGES = defineMessages({
  // ---- the extract command
  "extract.pages_without_ocr": { zh: "--pages 只与 --ocr 一起使用", en: "--pages is read with --ocr only" },
  "extract.ocr_no_xlsx": { zh: "使用 --ocr 时，数据集写为 .csv 或 .json", en: "with --ocr the dataset is written as .csv or .json" },
  "extract.entity_invalid": {
    zh: "无效的 --entity「{value}」：只能用小写字母、数字和连字符，如 huaian-hongze",
    en: 'invalid --entity "{value}": use lower-case letters, digits and hyphens, e.g. huaian-hongze',
  },
  "extract.out_no_extension": {
    zh: "--out {out}：没有文件扩展名；extract 写 .csv（数据集文件）、.json 或 .xlsx",
    en: "--out {out}: no file extension; extract writes .csv (a dataset file), .json or .xlsx",
  },
  "extract.out_unknown_extension": {
    zh: "--out {out}：未知的扩展名 .{ext}；extract 写 .csv（数据集文件）、.json 或 .xlsx",
    en: "--out {out}: unknown extension .{ext}; extract writes .csv (a dataset file), .json or .xlsx",
  },
  "extract.format_contradicts_out": {
    zh: "--format {format} 与 --out {out} 不一致；只给其中一个",
    en: "--format {format} contradicts --out {out}; give one of them",
  },
  "extract.summary": {
    zh: "{name}：{kind}{body} {year}，{layout} 年模板（{reason}）；{figures} 个数字，{unassigned} 个数字未归入指标",
    en: "{name}: {kind}{body} {year}, layout {layout} ({reason}); {figures} figure(s), {unassigned} number(s) unassigned",
  },
  "extract.summary_pdf": { zh: "{pages} 页的 PDF；", en: "{pages}-page PDF; " },
  "extract.summary_docx": { zh: "Word 文档；", en: "Word document; " },
  "extract.summary_no_body": { zh: "（未找到机关名称）", en: "(body not found)" },
  "extract.summary_no_year": { zh: "（未找到年份）", en: "(year not found)" },

  // ---- the report file (read-report-file.ts, sniff-report-kind.ts, pdf/, docx/)
  "extract.no_such_file": { zh: "没有这个报告文件：{path}", en: "no such report file: {path}" },
  "extract.is_folder": {
    zh: "{path} 是一个文件夹；请给出一个报告文件（或使用 --bulk）",
    en: "{path} is a folder; give one report file (or use --bulk)",
  },
  "extract.cannot_read": { zh: "无法读取 {path}：{message}", en: "cannot read {path}: {message}" },
  "extract.empty": { zh: "{name} 是空的：应为报告的文字", en: "{name} is empty: expected the text of a report" },
  "extract.text_too_long": {
    zh: "{name}：报告的文字有 {chars} 个字符，超过 {limit} 个字符的上限（一份年报的文字通常只有几万字）。请确认文件是否正确；保存的网页请只保存正文",
    en: "{name}: the report's text has {chars} characters, more than the limit of {limit} (an annual report's text is some tens of thousands). Check that this is the right file; for a saved web page, save its text alone",
  },
  "extract.blank": {
    zh: "{name} 是空的（只有空白）：应为报告的文字",
    en: "{name} is empty (only blank space): expected the text of a report",
  },
  "extract.convert_word": {
    zh: "请用 Word 或 WPS 打开并另存为 .docx 或 PDF，或用 `libreoffice --headless --convert-to docx <文件>` 转换",
    en: "open it in Word or WPS and save it as .docx or PDF, or convert it with `libreoffice --headless --convert-to docx <file>`",
  },
  "extract.kind_image": {
    zh: "{name}：这是一张 {format} 图片，不是报告的文字：页面的照片或扫描件中没有可读的文字。请用 OCR 读取（extract --ocr），或找到报告的文字版本（网页，或随之发布的 PDF）",
    en: "{name}: this is a {format} image, not a report's text: a photo or scan of a page holds no text to read. Read it with OCR (extract --ocr), or find the report's text version (the web page, or the PDF published with it)",
  },
  "extract.kind_rtf": {
    zh: "{name}：这是 RTF 文档，无法读取；{convert}",
    en: "{name}: this is an RTF document, which is not read; {convert}",
  },
  "extract.kind_fake_pdf": {
    zh: "{name}：文件名是 .pdf，但内容不是 PDF（开头为 {start}）；下载时可能存成了错误页面：请重新下载",
    en: "{name}: named .pdf but it is not a PDF (it starts with {start}); the download may have saved an error page instead: download it again",
  },
  "extract.kind_fake_word": {
    zh: "{name}：文件名是 {ext}，但内容不是 Word 文档（开头为 {start}）",
    en: "{name}: named {ext} but it is not a Word document (it starts with {start})",
  },
  "extract.kind_binary": {
    zh: "{name}：这是二进制文件，不是报告（开头为 {start}）；请提供文本、HTML、PDF 或 .docx 格式的报告",
    en: "{name}: this is a binary file, not a report (it starts with {start}); give the report as text, HTML, PDF or .docx",
  },
  "extract.kind_xls": {
    zh: "{name}：这是旧版 Excel 工作簿（.xls），无法读取：提取器读取的是报告的文字。请把报告本身另存为 .docx、PDF 或文本",
    en: "{name}: this is an old Excel workbook (.xls), which is not read: the report's text is what the extractor reads. Save the report itself as .docx or PDF, or as text",
  },
  "extract.kind_ppt": {
    zh: "{name}：这是旧版 PowerPoint 文件（.ppt），无法读取；请另存为 PDF",
    en: "{name}: this is an old PowerPoint file (.ppt), which is not read; save it as PDF",
  },
  "extract.kind_wps_what": { zh: "WPS 文档（.wps）", en: "a WPS document (.wps)" },
  "extract.kind_doc_what": { zh: "旧版 Word 文档（.doc，Word 97–2003）", en: "an old Word document (.doc, Word 97–2003)" },
  "extract.kind_old_word": { zh: "{name}：这是{what}，无法读取；{convert}", en: "{name}: this is {what}, which is not read; {convert}" },
  "extract.kind_xlsx": {
    zh: "{name}：这是 Excel 工作簿（.xlsx），无法读取：提取器读取的是报告的文字；请提供 PDF、.docx 或文本格式的报告",
    en: "{name}: this is an Excel workbook (.xlsx), which is not read: the extractor reads the report's text; give the report as PDF, .docx or text",
  },
  "extract.kind_pptx": {
    zh: "{name}：这是 PowerPoint 文件（.pptx），无法读取；请另存为 PDF",
    en: "{name}: this is a PowerPoint file (.pptx), which is not read; save it as PDF",
  },
  "extract.kind_odt": {
    zh: "{name}：这是 OpenDocument 文本（.odt），无法读取；请另存为 .docx 或 PDF",
    en: "{name}: this is an OpenDocument text (.odt), which is not read; save it as .docx or PDF",
  },
  "extract.kind_odf": {
    zh: "{name}：这是 OpenDocument 文件（表格或演示文稿），无法读取；请把报告另存为 PDF",
    en: "{name}: this is an OpenDocument file (spreadsheet or presentation), which is not read; save the report as PDF",
  },
  "extract.kind_zip": {
    zh: "{name}：这是 zip 压缩包，不是报告；请解压后提供其中的报告文件",
    en: "{name}: this is a zip archive, not a report; unpack it and give the report file inside",
  },
  "extract.pdf_no_pages": { zh: "{name}：这个 PDF 没有页面", en: "{name}: the PDF has no pages" },
  "extract.pdf_scanned": {
    zh: "{name}：这个 PDF 没有文字层：看来是扫描件（{pages} 页图片，没有可读的文字）。请用 OCR 读取（extract --ocr），或找到报告的文字版本（网页，或从 Word/WPS 保存的 PDF）",
    en: "{name}: this PDF has no text layer: it looks like a scanned document ({pages} page(s) of images, no text to read). Read it with OCR (extract --ocr), or find the report's text version (the web page, or a PDF saved from Word/WPS)",
  },
  "extract.pdf_password": {
    zh: "{name}：这个 PDF 有密码保护；请另存一份不加密的副本（打印为 PDF）再读取",
    en: "{name}: the PDF is password-protected; save an unprotected copy (print to PDF) and read that",
  },
  "extract.pdf_unreadable": {
    zh: "{name}：无法读取的 PDF（{message}）；请检查文件是否下载完整",
    en: "{name}: not a readable PDF ({message}); check that the download is complete",
  },
  "extract.pdf_page_unreadable": {
    zh: "{name}：无法读取 PDF 的第 {page} 页（{why}）；请检查文件是否下载完整",
    en: "{name}: page {page} of the PDF cannot be read ({why}); check that the download is complete",
  },
  "extract.pdf_too_many_pages": {
    zh: "{name}：PDF 有 {pages} 页，超过 {limit} 页的上限（一份年报通常只有几十页）；请确认文件是否正确，或只取报告所在的页",
    en: "{name}: the PDF has {pages} pages, more than the limit of {limit} (an annual report has a few dozen); check that this is the right file, or keep only the report's pages",
  },
  "extract.docx_unreadable": {
    zh: "{name}：无法读取的 Word 文档（{message}）；请用 Word 或 WPS 打开后重新另存为 .docx 或 PDF 再试",
    en: "{name}: not a readable Word document ({message}); open it in Word or WPS and save it again as .docx or PDF",
  },
  "extract.texts_not_folder": { zh: "--texts {path} 不是文件夹", en: "--texts {path} is not a folder" },
  "extract.texts_unreadable": {
    zh: "--texts {path}：无法读取该文件夹（{code}）",
    en: "--texts {path}: the folder cannot be read ({code})",
  },
  "extract.image_pages": {
    zh: "PDF 的第 {pages} 页没有文字层（扫描图片）：其上的数字未读取（extract --ocr 可以读取）",
    en: "page(s) {pages} of the PDF have no text layer (scanned images): figures on them were not read (extract --ocr reads them)",
  },

  // ---- the report's layout (detect-layout.ts) and year (report-year.ts)
  "extract.layout_2021_heads": {
    zh: "2021 年模板的列名（本年制发件数、本年收费金额等）",
    en: "2021 template column heads (「本年制发件数」, 「本年收费金额」, …)",
  },
  "extract.layout_2019_heads": {
    zh: "2019 年模板的列名（本年新制作数量、上一年项目数量等）",
    en: "2019 template column heads (「本年新制作数量」, 「上一年项目数量」, …)",
  },
  "extract.layout_both_by_year": {
    zh: "同时有 2019 年和 2021 年模板的列名；按年份 {year} 定为 {layout} 年模板",
    en: "column heads of both the 2019 and the 2021 templates; {layout} by {year}",
  },
  "extract.layout_both_by_count": {
    zh: "同时有 2019 年和 2021 年模板的列名；按列名数量定为 {layout} 年模板",
    en: "column heads of both the 2019 and the 2021 templates; {layout} by their count",
  },
  "extract.layout_table_three_only": {
    zh: "有表三的行，但没有第二十条表的列名；按年份定为 {layout} 年模板",
    en: "table 3 rows without the 「第二十条」 column heads; {layout} by the year",
  },
  "extract.layout_nothing": { zh: "文中没有统计表，也没有年份", en: "no statistical tables in the text and no year" },
  "extract.layout_2008_by_year": {
    zh: "文中没有 2019 年起的统计表；按年份是 2008–2018 年的报告",
    en: "no 2019+ tables in the text; a 2008–2018 report by its year",
  },
  "extract.layout_by_year": {
    zh: "文中没有统计表；按年份定为 {layout} 年模板（只有正文中的数字）",
    en: "no statistical tables in the text; {layout} layout by the year (narrative figures only)",
  },
  "extract.year_name_vs_title": {
    zh: "文件名中的年份是 {name_year}，报告标题中的年份是 {year}",
    en: "the file name says {name_year} but the report's title says {year}",
  },
  "extract.year_name_vs_period": {
    zh: "文件名中的年份是 {name_year}，报告所述期间的年份是 {year}",
    en: "the file name says {name_year} but the report's period says {year}",
  },

  // ---- the tables and the running text (extract-report.ts, extract-table-*.ts, extract-narrative.ts)
  "extract.no_table_two": { zh: "没有找到第二十条表（表二）", en: "no 「第二十条」 table (table 2) found" },
  "extract.no_table_three": {
    zh: "没有找到表三（收到和处理政府信息公开申请情况）",
    en: "no table 3 (「收到和处理政府信息公开申请情况」) found",
  },
  "extract.no_table_four": { zh: "没有找到表四（行政复议、行政诉讼情况）", en: "no table 4 (「行政复议、行政诉讼情况」) found" },
  "extract.requests_conflict": {
    zh: "正文说收到申请 {text} 件（requests_received），表三说本年新收申请 {table} 件（requests_new）；两个数字都保留，供核查使用",
    en: "the text says {text} requests (requests_received) but table 3 says {table} new requests (requests_new); both are kept for the audit",
  },
  "extract.misfit_no_metric": { zh: "没有指标 {metric}", en: "no metric {metric}" },
  "extract.misfit_not_number": { zh: "不是数字", en: "not a number" },
  "extract.misfit_count": { zh: "{metric} 是整数件数", en: "{metric} counts whole items" },
  "extract.misfit_delta": { zh: "{metric} 是整数的增减", en: "{metric} is a whole change" },
  "extract.misfit_amount": { zh: "{metric} 不能为负数", en: "{metric} cannot be negative" },
  "extract.misfit_rate": { zh: "{metric} 是百分比", en: "{metric} is a percentage" },
  "extract.no_rule": { zh: "没有规则读取这个数字", en: "no rule takes this number" },
  "extract.no_label": { zh: "（没有行名）", en: "(no label)" },
  "extract.unknown_column": { zh: "未知的列", en: "unknown column" },
  "extract.not_in_layout": { zh: "{metric} 不属于 {layout} 年模板", en: "{metric} is not in the {layout} layout" },
  "extract.other_year_sentence": {
    zh: "这句话说的是 {year} 年，报告是 {report_year} 年的",
    en: "the sentence is about {year}, the report about {report_year}",
  },
  "extract.parts_add_up": { zh: "表中 {metric} 的各部分合计为 {sum}", en: "the table's parts of {metric} add up to {sum}" },
  "extract.stated_parts_add_up": {
    zh: "表中已填报的 {metric} 各部分合计已达 {sum}",
    en: "the table's stated parts of {metric} add up to {sum} already",
  },
  "extract.text_vs_parts": {
    zh: "正文说 {metric} 为 {value}，但{says}；不予采用",
    en: "the text states {metric} as {value} but {says}; not kept",
  },
  "extract.text_vs_parts_reason": { zh: "{says}，正文说 {value}", en: "{says}, the text says {value}" },
  "extract.text_vs_table": {
    zh: "正文说 {metric} 为 {values}，表中为 {table}；采用表中的数字",
    en: "the text states {metric} as {values} but the table as {table}; the table's figure is kept",
  },
  "extract.text_vs_table_reason": {
    zh: "表中 {metric} 为 {table}，正文为 {value}",
    en: "the table states {metric} as {table}, the text as {value}",
  },
  "extract.text_disagrees": {
    zh: "正文中 {metric} 的说法不一致（{values}）；都不予采用",
    en: "the text states {metric} differently ({values}); none of them is kept",
  },
  "extract.text_disagrees_reason": { zh: "{metric} 的几处说法不一致（{values}）", en: "statements of {metric} disagree ({values})" },
  "extract.values_more": { zh: "{values} 等，共 {n} 个", en: "{values} and more, {n} in all" },
  "extract.channel_unknown": { zh: "渠道「{words}」不是模板中的任何一个", en: 'channel "{words}" is none of the template\'s' },
  "extract.channels_several": { zh: "提到了多个渠道：「{words}」", en: 'several channels named: "{words}"' },
  "extract.channel_outside": { zh: "模板之外的渠道：「{words}」", en: 'a channel outside the template: "{words}"' },
  "extract.results_together": { zh: "两类处理结果合在一起计数", en: "two result categories counted together" },
  "extract.outcome_neither": {
    zh: "既不是行政复议也不是行政诉讼的结果",
    en: "an outcome of neither 「行政复议」 nor 「行政诉讼」",
  },
  "extract.cases_filed": {
    zh: "本地区备案的案件，不是本机关的案件",
    en: "cases filed (「备案」) in the area, not this body's cases",
  },
  "extract.t2_row_unknown": { zh: "无法识别的第二十条表行：{label}", en: "「第二十条」 row not recognised: {label}" },
  "extract.t2_cut_off": {
    zh: "第二十条 {label}：在文字结尾处被截断（最后一格可能不完整）",
    en: "「第二十条」 {label}: cut off where the text ends (its last cell may be cut)",
  },
  "extract.t2_count": {
    zh: "第二十条 {label}：{numbers} 个数字对应 {columns} 列，无法分辨各属哪一列",
    en: "「第二十条」 {label}: {numbers} number(s) for {columns} column(s); which is which cannot be told",
  },
  "extract.t2_cells_heads": {
    zh: "第二十条 {label}：{cells} 个数值格对应 {heads} 个列名，无法分辨各属哪一列",
    en: "「第二十条」 {label}: {cells} value cell(s) for {heads} head(s); which is which cannot be told",
  },
  "extract.t2_no_column": {
    zh: "指标目录中第二十条 {label} 没有 {column} 列",
    en: "「第二十条」 {label} has no column {column} in the catalogue",
  },
  "extract.t2_not_number": { zh: "第二十条表的单元格不是数字：{text}", en: "「第二十条」 cell is not a number: {text}" },
  "extract.t3_cut_off": {
    zh: "表三的行在文字结尾处被截断（最后一格可能不完整）：{label}",
    en: "table 3 row cut off where the text ends (its last cell may be cut): {label}",
  },
  "extract.t3_count": {
    zh: "表三的行有 {count} 个数字，应为 {expected} 个：{label}",
    en: "table 3 row has {count} number(s), expected {expected}: {label}",
  },
  "extract.t3_row_unknown": { zh: "无法识别的表三行：{label}", en: "table 3 row not recognised: {label}" },
  "extract.t3_no_header": {
    zh: "表三：表头没有列出七个申请人列（自然人……总计）；其数字未采用",
    en: "table 3: the header does not name the seven applicant columns (「自然人」 … 「总计」); its figures are left out",
  },
  "extract.t3_column_unknown": { zh: "表三的列无法确定", en: "table 3 column not known" },
  "extract.t3_cell_spans": {
    zh: "表三的单元格跨越多个申请人列或多行",
    en: "table 3 cell spans several applicant columns or rows",
  },
  "extract.t3_not_number": { zh: "表三的单元格不是数字：{text}", en: "table 3 cell is not a number: {text}" },
  "extract.t4_cut_off": {
    zh: "表四：其行在文字结尾处被截断（最后一格可能不完整）；其数字未采用",
    en: "table 4: its row is cut off where the text ends (its last cell may be cut); its figures are left out",
  },
  "extract.t4_cut_off_reason": { zh: "表四的行在文字结尾处被截断", en: "table 4 row cut off where the text ends" },
  "extract.t4_no_row": {
    zh: "表四：没有找到含 {count} 个数字的行；其数字未采用",
    en: "table 4: no row of {count} numbers found; its figures are left out",
  },
  "extract.t4_no_row_seen": {
    zh: "表四：没有找到含 {count} 个数字的行（各行的数字个数：{seen}）；其数字未采用",
    en: "table 4: no row of {count} numbers found (rows of {seen}); its figures are left out",
  },
  "extract.t4_wrong_count": { zh: "表四的行数字个数不对", en: "table 4 row with the wrong count" },
  "extract.t4_outside_row": { zh: "表四：在 15 个数字的那一行之外的数字", en: "table 4: a number outside its row of 15" },
  "extract.t4_not_number": { zh: "表四的单元格不是数字：{text}", en: "table 4 cell is not a number: {text}" },
  "extract.t4_no_head": { zh: "表四的单元格不在任何列名之下", en: "table 4 cell under no column head" },
  "extract.t4_template_order": {
    zh: "表四：表头无法逐列读出；这一行 15 个数字按模板顺序读取",
    en: "table 4: the header could not be read for every column; the row of fifteen is read in template order",
  },
  "extract.t4_columns_unknown": {
    zh: "表四：无法从表头和数字行确定各列；其数字未采用",
    en: "table 4: its columns cannot be told from the header and the row; its figures are left out",
  },
  "extract.t4_column_unknown": { zh: "表四的列无法确定", en: "table 4 column not known" },

  // ---- a report with no figure (no-figures-message.ts)
  "extract.none_scanned_pages": {
    zh: "{name}：没有找到数字：全部 {count} 页中第 {pages} 页没有文字层（扫描图片），统计表可能就在这些页上。请用 OCR 读取这个 PDF（extract --ocr），或找到报告的文字版本",
    en: "{name}: no figure found: page(s) {pages} of {count} have no text layer (scanned images), and the tables may be on them. Read the PDF with OCR (extract --ocr), or find the report's text version",
  },
  "extract.none_docx_pictures": {
    zh: "{name}：没有找到数字：这个 Word 文档有 {count} 张图片，却没有文字形式的数字表；以图片粘贴的表只能用 OCR 读取",
    en: "{name}: no figure found: the Word document holds {count} picture(s) and no table of figures in text; tables pasted as pictures can only be read with OCR",
  },
  "extract.none_first_at": { zh: "（第一处在{place}）", en: " (the first at {place})" },
  "extract.none_place": { zh: "（{place}）", en: " ({place})" },
  "extract.none_no_numbers": { zh: "文中没有可供规则读取的数字", en: "the text holds no number a rule could take" },
  "extract.none_numbers": {
    zh: "有 {count} 个数字没有规则读取，第一个是 {first}{at}，在“…{context}…”中",
    en: '{count} number(s) no rule took, the first {first}{at} in "…{context}…"',
  },
  "extract.none_ends": {
    zh: "文字在 {count} 个字符后结束（“…{tail}”）",
    en: 'its text ends after {count} characters ("…{tail}")',
  },
  "extract.none_cells_a_line": {
    zh: "每行一个表格单元（网页上的表格复制成文字时就是这样）",
    en: "table cells one to a line, as a web page's table copied as text gives them",
  },
  "extract.none_number_rows": { zh: "由数字组成的表格行", en: "table rows of numbers" },
  "extract.none_layout_unknown": {
    zh: "{name}：没有找到数字：无法识别版式：文中有{what}{first}，但没有一行是模板中的表格行（查找的是如“一、本年新收政府信息公开申请数量”带七个数字、“行政许可”带其件数、位于各自表头之下的行）；{numbers}{cut}。如果这是真实报告的版式，请报告它",
    en: '{name}: no figure found: layout not recognised: the text has {what}{first} but none is a row of the templates\' tables (looked for rows such as "一、本年新收政府信息公开申请数量" with seven numbers, "行政许可" with its count, under their headings); {numbers}{cut}. Report the layout if it is a real report\'s',
  },
  "extract.none_also_cut": { zh: "。文字看来也被截断了：{ends}", en: ". The text also looks cut off: {ends}" },
  "extract.none_tables_blank": {
    zh: "{name}：没有找到数字：统计表在{first}，但表中没有文字形式的数字：单元格是空的，或数字是图片（那样只能用 OCR 读取）",
    en: "{name}: no figure found: the statistical tables are there{first} but hold no numbers as text: their cells are blank, or the numbers are pictures (then only OCR can read them)",
  },
  "extract.none_cut_off": {
    zh: "{name}：没有找到数字：报告看来被截断了：{ends}，在统计表（二、三、四）和后面的部分之前，而此前没有一句话写出规则能读取的数字。请提供完整的报告（完整网页或 PDF），而不只是开头",
    en: "{name}: no figure found: the report looks cut off: {ends}, before its statistical tables (2, 3, 4) and its later sections, and no sentence before that states a figure the rules read. Give the whole report (the full web page or the PDF), not its opening",
  },
  "extract.none_not_a_report": {
    zh: "{name}：没有找到数字：没有统计数据，而且这看来不是政府信息公开工作年度报告（全文没有“政府信息公开”，没有表二/三/四）；请确认文件是否正确",
    en: '{name}: no figure found: no statistics found, and this does not look like a government information disclosure annual report (no "政府信息公开" anywhere, no tables 2/3/4); check that this is the right file',
  },
  "extract.none_no_statistics": {
    zh: "{name}：没有找到数字：没有统计数据：没有 2019 年起模板的表二/三/四（查找的表头是“第二十条第(一)项”“收到和处理政府信息公开申请情况”“行政复议、行政诉讼情况”），也没有正文规则能读取的句子（“主动公开政府信息…条”“收到…申请…件”“行政复议…件”等）；{numbers}",
    en: '{name}: no figure found: no statistics found: no tables 2/3/4 of the 2019+ templates (looked for the headings "第二十条第(一)项", "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况") and no statement the running-text rules read ("主动公开政府信息…条", "收到…申请…件", "行政复议…件", …); {numbers}',
  },

  // ---- text encodings (decode-report-text.ts)
  "extract.decode_neither": {
    zh: "{name}：文字既不是 UTF-8 也不是 GB18030（GBK）：{first}。请用能显示编码的编辑器打开并另存为 UTF-8，或提供 PDF 或 .docx 格式的报告",
    en: "{name}: the text is neither UTF-8 nor GB18030 (GBK): {first}. Open it in an editor that shows its encoding and save it as UTF-8, or give the report as PDF or .docx",
  },
  "extract.decode_bad_utf16": {
    zh: "{name}：文件以 {encoding} 字节顺序标记开头，但不是有效的 {encoding}（被截断，或不是文本）；请重新另存为 UTF-8",
    en: "{name}: the file starts with a {encoding} byte-order mark but is not valid {encoding} (cut short, or not text); save it again as UTF-8",
  },
  "extract.decode_broken_utf8_one": {
    zh: "{name}:{line}:{column}：文字是 UTF-8，只有一处无效的字节序列；{first}。按其他编码读取会让全文变成乱码，所以没有读取。提示：文件可能被截断，或由两种编码的部分拼接而成；请重新下载，或用编辑器打开后另存为 UTF-8",
    en: "{name}:{line}:{column}: the text is UTF-8 except for one invalid byte sequence; {first}. Read as another encoding the whole text would be garbled, so it was not read. Hint: the file was probably cut, or joined from parts in two encodings; download it again, or open it in an editor and save it as UTF-8",
  },
  "extract.decode_broken_utf8": {
    zh: "{name}:{line}:{column}：文字是 UTF-8，只有 {count} 处无效的字节序列；{first}。按其他编码读取会让全文变成乱码，所以没有读取。提示：文件可能被截断，或由两种编码的部分拼接而成；请重新下载，或用编辑器打开后另存为 UTF-8",
    en: "{name}:{line}:{column}: the text is UTF-8 except for {count} invalid byte sequences; {first}. Read as another encoding the whole text would be garbled, so it was not read. Hint: the file was probably cut, or joined from parts in two encodings; download it again, or open it in an editor and save it as UTF-8",
  },
  "extract.decode_first_bad": {
    zh: "第一处是字节偏移 {offset} 处的 {hex}（第 {line} 行第 {column} 列）",
    en: "the first is {hex} at byte offset {offset} (line {line}, column {column})",
  },

  // ---- OCR (extract --ocr)
  "extract.pages_invalid": {
    zh: "无效的 --pages「{value}」：应为页码和页码范围，如 3-4,6（页码从 1 开始）",
    en: 'invalid --pages "{value}": expected page numbers and ranges such as 3-4,6 (pages are numbered from 1)',
  },
  "extract.ocr_not_pdf": {
    zh: "{name}：--ocr 读取 PDF 的页面图像；这不是 PDF",
    en: "{name}: --ocr reads the page images of a PDF; this is not a PDF",
  },
  "extract.ocr_progress": { zh: "OCR 第 {done}/{total} 页", en: "OCR page {done}/{total}" },
  "extract.ocr_no_figure": {
    zh: "{name}：OCR 在第 {pages} 页没有读出表二、表三或表四的任何数字：{why}",
    en: "{name}: OCR read no figure of tables 2, 3 or 4 on page(s) {pages}: {why}",
  },
  "extract.ocr_warning_separator": { zh: "；", en: "; " },
  "extract.ocr_no_ruled_table": { zh: "没有找到带表格线的表", en: "no ruled table was found" },
  "extract.ocr_summary": {
    zh: "{name}：OCR 读取了 {pages} 页，用时 {seconds} 秒；{layout} 年模板（{reason}）；{figures} 个数字，依据 ocr，其中 {broken} 个所在的等式不成立",
    en: "{name}: {pages} page(s) read by OCR in {seconds} s; layout {layout} ({reason}); {figures} figure(s), basis ocr, {broken} in an identity that does not add up",
  },
  "extract.ocr_straightened": {
    zh: "第 {page} 页扫描时有倾斜：已旋转 {degrees}° 后读取",
    en: "page {page} was scanned at a slant: turned {degrees}° to read it",
  },
  "extract.ocr_check_by_hand": {
    zh: "使用 OCR 读出的数字前，请对照原页面核对",
    en: "check OCR'd figures against the page before relying on them",
  },
  "extract.ocr_install": {
    zh: "OCR 需要可选的包 tesseract.js 7.0.0 和 @tesseract.js-data/chi_sim 1.0.0（简体中文模型，离线读取）：用 `npm install tesseract.js@7.0.0 @tesseract.js-data/chi_sim@1.0.0` 安装",
    en: "OCR needs the optional packages tesseract.js 7.0.0 and @tesseract.js-data/chi_sim 1.0.0 (the Simplified Chinese model, read offline): install them with `npm install tesseract.js@7.0.0 @tesseract.js-data/chi_sim@1.0.0`",
  },
  "extract.ocr_missing": { zh: "{hint}（{message}）", en: "{hint} ({message})" },
  "extract.ocr_nothing_read": { zh: "在第 {pages} 页没有读出表中的数字", en: "no table figure was read on page(s) {pages}" },
  "extract.ocr_cannot_open": {
    zh: "无法打开 PDF：{message}；应为 PDF 文件（以 %PDF- 开头）",
    en: "cannot open the PDF: {message}; expected a PDF file (it starts with %PDF-)",
  },
  "extract.ocr_page_missing": {
    zh: "PDF 中没有第 {page} 页：它共有 {count} 页（页码从 1 开始）",
    en: "page {page} is not in the PDF: it has {count} page(s) (pages are numbered from 1)",
  },
  "extract.ocr_read_twice": { zh: "先读成 {first}，再读成 {second}", en: "read {first} then {second}" },
  "extract.ocr_nothing": { zh: "空白", en: "nothing" },
  "extract.ocr_read": { zh: "读成 {text}", en: "read {text}" },
  "extract.ocr_identity_broken": {
    zh: "{name}不成立：{left}，而 {right}",
    en: "{name} does not add up: {left}, but {right}",
  },
  "extract.ocr_unsure": {
    zh: "第 {page} 页：{metric} 未采用：读成 {value}，置信度 {confidence}，且没有等式可以核对它",
    en: "page {page}: {metric} left out: read {value} with confidence {confidence}, and no identity checks it",
  },
  "extract.ocr_identity_applicants": {
    zh: "表三 {metric}：各申请人列之和与总计",
    en: "table 3 {metric}: the applicant columns against 「总计」",
  },
  "extract.ocr_identity_results": { zh: "表三处理结果（{column}）", en: "table 3 results ({column})" },
  "extract.ocr_identity_balance": { zh: "表三收支平衡（{column}）", en: "table 3 balance ({column})" },
  "extract.ocr_identity_four": { zh: "表四 {block}", en: "table 4 {block}" },
  "extract.ocr_at_row": { zh: "第 {page} 页“{label}”行", en: "page {page}, row “{label}”" },
  "extract.ocr_at_row_unlabelled": { zh: "第 {page} 页（未读出行名）的行", en: "page {page}, row (no label read)" },
  "extract.ocr_at_table_four": { zh: "第 {page} 页表四", en: "page {page}, table 4" },
  "extract.ocr_not_sure": {
    zh: "{at}：{metric} 未采用：{read}，不能确定是数字",
    en: "{at}: {metric} left out: {read}, not a figure for sure",
  },
  "extract.ocr_misfit": { zh: "{at}：{metric} 未采用：读成 {text}，但{why}", en: "{at}: {metric} left out: read {text}, but {why}" },
  "extract.ocr_t2_unknown_row": {
    zh: "{at}：表二这一行的行名不是第二十条的任何一项；其数字未采用",
    en: "{at}: figures of a table 2 row whose label names no 「第二十条」 item; left out",
  },
  "extract.ocr_t2_count": {
    zh: "{at}：{cells} 个数字格，而 {layout} 年模板此项有 {columns} 个；未采用",
    en: "{at}: {cells} figure cell(s), the {layout} template has {columns} for this item; left out",
  },
  "extract.ocr_23_or_25": { zh: "23 或 25", en: "23 or 25" },
  "extract.ocr_t3_rows": {
    zh: "表三：读出 {rows} 行各七个数字；{layout} 年模板有 {expected} 行，无法分辨各行：其数字未采用",
    en: "table 3: {rows} rows of seven figures were read; the {layout} template has {expected}, so which row is which cannot be told: its figures are left out",
  },
  "extract.ocr_t3_misplaced": {
    zh: "表三：{at}按位置是模板第 {row} 行（{metric}），但行名读作 {other}：各行不在模板规定的位置，因此表三未采用",
    en: "table 3: {at} is row {row} of the template ({metric}) by its place, but its label reads as {other}: the rows are not where the template puts them, so table 3 is left out",
  },
  "extract.ocr_layout_given": { zh: "已指定", en: "given" },
  "extract.ocr_layout_one_column": {
    zh: "表二的{name}行只有一个数字列（第 {page} 页）",
    en: "table 2's {name} row has one figure column (page {page})",
  },
  "extract.ocr_layout_columns": {
    zh: "表二的{name}行有 {count} 个数字列（第 {page} 页）",
    en: "table 2's {name} row has {count} figure columns (page {page})",
  },
  "extract.ocr_layout_assumed": {
    zh: "没有读出表二的行政许可和行政事业性收费行：按现行（2021 年）模板处理",
    en: "table 2's 「行政许可」 and 「行政事业性收费」 rows were not read: the current (2021) template is assumed",
  },
});
