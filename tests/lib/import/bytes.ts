/** Export bytes in the encodings platforms write, for reader tests. */

export function utf8(text: string, bom = false): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** UTF-16 little-endian with its BOM, as Meta Business Suite writes its daily series. */
export function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Windows-1252, as Excel on Windows saves "CSV": one byte per character of the Latin-1 range. */
export function windows1252(text: string): Uint8Array {
  return Buffer.from(text.replace(/–/g, '\u0096'), 'latin1');
}
