/**
 * The search page reads its manifest gzipped (src/search/manifest.ts
 * MANIFEST_NAME), and as it is when a host already inflated it.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipText } from '../../../../src/client/search/bundles';

const toArrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('gunzipText', () => {
  const text = JSON.stringify({ places: [['430223', 'county', '攸县', '攸']] });
  it('inflates gzipped bytes', async () => {
    expect(await gunzipText(toArrayBuffer(gzipSync(text)))).toBe(text);
  });
  it('reads bytes a host already inflated as they are', async () => {
    expect(await gunzipText(toArrayBuffer(Buffer.from(text, 'utf8')))).toBe(text);
  });
  it('reads an empty body as empty text', async () => {
    expect(await gunzipText(new ArrayBuffer(0))).toBe('');
  });
});
