/**
 * Strict UTF-8 decoding of curated files. GBK or other legacy bytes are a
 * data problem, not something to guess at; a leading byte-order mark is fine.
 */
export type Decoded = { ok: true; text: string; hadBom: boolean } | { ok: false; found: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const sample = Array.from(bytes.slice(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return { ok: false, found: `bytes that are not UTF-8 at byte ${at} (${sample}; GBK or another legacy encoding?)` };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
