/** Small text helpers the scaffold templates share. */
import { stringify } from 'yaml';

/** A YAML scalar for a value the user typed: plain when that is safe, quoted when it is not. */
export function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** "community-manager" → "Community Manager": role titles and client names. */
export function titleFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** "save-rate" → "Save rate": KPI names read as sentences. */
export function sentenceFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One field, commented out: its meaning on the first line, then the field as it would be written. */
export function optionalField(meaning: string, ...lines: string[]): string {
  return [`# ${meaning}`, ...lines.map((line) => `# ${line}`)].join('\n');
}
