/**
 * The text of a number cell as a decimal figure, from the XML's own digits: no float parse on the way.
 * Excel stores doubles to 17 significant digits ("41.399999999999999", "1.0000000000000001E-2") but
 * works and shows them to 15, so the figure an analyst typed is the stored text rounded to 15
 * significant digits; exponents are spelled out ("1.5E-3" → "0.0015").
 */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const EXCEL_DIGITS = 15;

/** The plain decimal text of an XML number, or null when it is not a number. `shift` moves the point right. */
export function numberText(xml: string, shift = 0): string | null {
  const m = NUMBER.exec(xml.trim());
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) return null;
  // A double's exponent stays within ±330; a crafted one of a billion would spell a billion zeros.
  if (Math.abs(Number(m[4] ?? 0)) > 400) return null;
  const sign = m[1] === "-" ? "-" : "";
  const intPart = m[2] as string;
  const frac = m[3] ?? "";
  let digits = intPart + frac;
  // The decimal point sits after `point` digits of `digits`.
  let point = intPart.length + Number(m[4] ?? 0) + shift;
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits === "") return "0";
  if (digits.length > EXCEL_DIGITS) {
    const rounded = roundDigits(digits, EXCEL_DIGITS);
    if (rounded.length > EXCEL_DIGITS) point++;
    digits = rounded.slice(0, EXCEL_DIGITS);
  }
  digits = digits.replace(/0+$/, "");
  if (digits === "") return "0";
  let text: string;
  if (point <= 0) text = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + text;
}

/** The first n digits of a digit string rounded half up; one digit longer when it carries (999 → 1000). */
function roundDigits(digits: string, n: number): string {
  const head = digits.slice(0, n).split("").map(Number);
  if (digits.charCodeAt(n) - 48 >= 5) {
    let i = n - 1;
    while (i >= 0 && head[i] === 9) head[i--] = 0;
    if (i < 0) head.unshift(1);
    else head[i] = (head[i] as number) + 1;
  }
  return head.join("");
}
