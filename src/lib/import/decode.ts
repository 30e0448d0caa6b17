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
  const encoding = bomEncoding(bytes) ?? guessWithoutBom(bytes);
  // ignoreBOM: false (the default) makes TextDecoder drop the BOM of its own encoding.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** A spreadsheet saved as .xlsx (a zip) or .xls (an OLE2 file) rather than CSV, by its first bytes. */
export function spreadsheetKind(bytes: Uint8Array): 'xlsx' | 'xls' | undefined {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  return undefined;
}
