/**
 * Bytes of an export → text. Platforms write UTF-8 with or without a BOM (most), UTF-16 LE with a
 * BOM (Meta Business Suite's daily series) and, once a file has been through Excel on Windows,
 * Windows-1252. The BOM decides; without one, NUL bytes betray UTF-16, and bytes that are not
 * valid UTF-8 are read as Windows-1252.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  const encoding = bom ?? guessWithoutBom(bytes);
  if (encoding === 'windows-1252' || (bom === 'utf-8' && !isValidUtf8(bytes))) {
    const mixed = decodeMixed(bytes);
    if (mixed !== undefined) return { text: mixed.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  }
  // ignoreBOM: false (the default) makes TextDecoder drop the BOM of its own encoding.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function guessWithoutBom(bytes: Uint8Array): Encoding {
  // ASCII text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE.
  const sample = bytes.subarray(0, 512);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  });
  const half = sample.length / 2;
  if (half > 0 && oddNuls > half * 0.6) return 'utf-16le';
  if (half > 0 && evenNuls > half * 0.6) return 'utf-16be';
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Windows-1252 decoding, except where the bytes form valid multi-byte UTF-8: such sequences are
 * all but impossible in real Windows-1252 text ("Ã¤"), so when a file has them it was written as
 * UTF-8 and its other high bytes are the stray ones.
 */
function decodeMixed(bytes: Uint8Array): string | undefined {
  const latin = new TextDecoder('windows-1252');
  let text = '';
  let utf8Sequences = 0;
  let start = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length > 1) utf8Sequences += 1;
    if (length === 0) {
      // Flush the valid stretch before the stray byte, then read the stray byte alone.
      text += new TextDecoder('utf-8').decode(bytes.subarray(start, index)) + latin.decode(bytes.subarray(index, index + 1));
      index += 1;
      start = index;
    } else index += length;
  }
  text += new TextDecoder('utf-8').decode(bytes.subarray(start));
  return utf8Sequences > 0 ? text : undefined;
}

/** The length of the valid UTF-8 sequence at `index` (1 for ASCII), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
  if (length === 0 || index + length > bytes.length) return 0;
  for (let k = 1; k < length; k += 1) if ((bytes[index + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** A spreadsheet saved as .xlsx (a zip) or .xls (an OLE2 file) rather than CSV, by its first bytes. */
export function spreadsheetKind(bytes: Uint8Array): 'xlsx' | 'xls' | undefined {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  return undefined;
}
