/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&` and the two JavaScript
 * line separators are escaped, so no string from a CSV or YAML file can close the script
 * element or start a comment, whatever it contains.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (character) => ESCAPED[character]!);
}

// One pass over the text: a report page embeds a dozen chart specs, and a build thousands of pages.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPED: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
