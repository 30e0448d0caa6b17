/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&` and the two JavaScript
 * line separators are escaped, so no string from a CSV or YAML file can close the script
 * element or start a comment, whatever it contains.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
