/**
 * One message of the catalogue: its Chinese and English text. `{name}` marks a parameter; both texts
 * must use the same parameters (the catalogue test checks it).
 */
export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

/** Declares an area's messages, keeping their keys as literal types. */
export function defineMessages<const T extends Record<string, MessageText>>(messages: T): T {
  return messages;
}

export type MessageParams = Readonly<Record<string, string | number | bigint>>;

const PARAMETER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Fills a text's `{name}` parameters; a parameter without a value is a programming error. */
export function fillMessage(text: string, params: MessageParams | undefined, key: string): string {
  return text.replace(PARAMETER, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`message "${key}" needs the parameter {${name}}`);
    return String(value);
  });
}

/** The parameter names a text uses, sorted. */
export function messageParameters(text: string): string[] {
  return [...new Set([...text.matchAll(PARAMETER)].map((m) => m[1] as string))].sort();
}
