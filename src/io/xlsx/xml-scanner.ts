/**
 * A small pull scanner for the XML of workbook parts. It reads tags, attributes and text, and nothing
 * else: a document type declaration (<!DOCTYPE …>, where entity definitions live) is refused outright,
 * so no entity is ever expanded beyond the five XML predefines and numeric character references.
 * Namespace prefixes are dropped (`x:c` is `c`), as writers differ in using them.
 */
import { type MessageKey, say } from "../../messages/catalogue.js";
import type { MessageParams } from "../../messages/message.js";
import { WorkbookError } from "./workbook-error.js";

export type XmlEvent =
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export class XmlScanner {
  private pos = 0;

  constructor(
    private readonly xml: string,
    /** The part being read, for error messages. */
    private readonly part: string,
  ) {}

  /** The next event, or null at the end. Text between tags is returned only when not blank. */
  next(): XmlEvent | null {
    const { xml } = this;
    while (this.pos < xml.length) {
      const lt = xml.indexOf("<", this.pos);
      if (lt !== this.pos) {
        const end = lt < 0 ? xml.length : lt;
        const raw = xml.slice(this.pos, end);
        this.pos = end;
        if (raw.trim() !== "") return { kind: "text", text: this.decode(raw) };
        continue;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x3f /* ? */) {
        this.pos = this.after("?>", lt);
        continue;
      }
      if (c === 0x21 /* ! */) {
        if (xml.startsWith("<!--", lt)) {
          this.pos = this.after("-->", lt);
          continue;
        }
        if (xml.startsWith("<![CDATA[", lt)) {
          const end = this.after("]]>", lt);
          this.pos = end;
          return { kind: "text", text: xml.slice(lt + 9, end - 3) };
        }
        throw new WorkbookError(say("io.workbook_xml_doctype"), say("io.workbook_hostile.hint"), this.part);
      }
      return c === 0x2f /* / */ ? this.closeTag(lt) : this.openTag(lt);
    }
    return null;
  }

  /** The text inside the element just opened, up to its end tag (nested tags' text included). */
  textUntilClose(name: string): string {
    let depth = 1;
    let text = "";
    for (let e = this.next(); e !== null; e = this.next()) {
      if (e.kind === "text") text += e.text;
      else if (e.kind === "open" && !e.selfClosing) depth++;
      else if (e.kind === "close" && --depth === 0) return text;
    }
    throw this.broken("io.workbook_xml_no_end_tag", { name });
  }

  private closeTag(lt: number): XmlEvent {
    const gt = this.xml.indexOf(">", lt);
    if (gt < 0) throw this.broken("io.workbook_xml_unclosed_tag");
    this.pos = gt + 1;
    return { kind: "close", name: localName(this.xml.slice(lt + 2, gt).trim()) };
  }

  private openTag(lt: number): XmlEvent {
    const { xml } = this;
    let i = lt + 1;
    while (i < xml.length && !isSpace(xml.charCodeAt(i)) && xml[i] !== ">" && xml[i] !== "/") i++;
    const name = localName(xml.slice(lt + 1, i));
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) throw this.broken("io.workbook_xml_unclosed_tag");
      if (xml[i] === ">") {
        this.pos = i + 1;
        return { kind: "open", name, attrs, selfClosing: false };
      }
      if (xml[i] === "/") {
        if (xml[i + 1] !== ">") throw this.broken("io.workbook_xml_stray_slash", { name });
        this.pos = i + 2;
        return { kind: "open", name, attrs, selfClosing: true };
      }
      const eq = xml.indexOf("=", i);
      if (eq < 0) throw this.broken("io.workbook_xml_attribute_no_value", { name });
      const attr = localName(xml.slice(i, eq).trim());
      let q = eq + 1;
      while (q < xml.length && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") throw this.broken("io.workbook_xml_unquoted_attribute", { name });
      const close = xml.indexOf(quote, q + 1);
      if (close < 0) throw this.broken("io.workbook_xml_unclosed_attribute");
      // Keep the first of prefixed and unprefixed forms (r:id beside id does not occur in workbooks).
      if (!(attr in attrs)) attrs[attr] = this.decode(xml.slice(q + 1, close));
      i = close + 1;
    }
  }

  private after(marker: string, from: number): number {
    const end = this.xml.indexOf(marker, from);
    if (end < 0) throw this.broken("io.workbook_xml_no_closing", { marker });
    return end + marker.length;
  }

  private decode(raw: string): string {
    if (!raw.includes("&")) return raw;
    return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) throw this.broken("io.workbook_xml_bare_ampersand");
      if (ref.startsWith("#")) {
        const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        if (!(code >= 0 && code <= 0x10ffff)) throw this.broken("io.workbook_xml_bad_char_ref", { ref: whole });
        return String.fromCodePoint(code);
      }
      const c = PREDEFINED[ref];
      if (c === undefined) throw this.broken("io.workbook_xml_undefined_entity", { ref: whole });
      return c;
    });
  }

  /** The scanner serves workbooks and Word files alike, so the texts say "XML", never "workbook". */
  private broken(key: MessageKey, params?: MessageParams): WorkbookError {
    return new WorkbookError(say("io.workbook_xml_broken", { what: say(key, params) }), say("io.workbook_save_again.hint"), this.part);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
