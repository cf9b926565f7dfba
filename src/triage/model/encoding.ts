/**
 * The committed weights are sparse: a few tens of thousands of the hashed buckets carry a weight. They
 * are stored as base64 of (gap from the previous non-zero bucket as an unsigned varint, then one signed
 * byte per model) and expanded once, at load, into a dense table indexed by bucket * models + model.
 */

export function encodeWeights(q: Int8Array, models: number): { base64: string; buckets: number } {
  const bytes: number[] = [];
  let previous = -1;
  let buckets = 0;
  for (let b = 0; b < q.length / models; b++) {
    let any = false;
    for (let k = 0; k < models; k++) if (q[b * models + k] !== 0) any = true;
    if (!any) continue;
    let gap = b - previous;
    previous = b;
    buckets++;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    for (let k = 0; k < models; k++) bytes.push((q[b * models + k] as number) & 0xff);
  }
  return { base64: Buffer.from(bytes).toString('base64'), buckets };
}

export function decodeWeights(base64: string, bucketCount: number, models: number): Int8Array {
  const bytes = Buffer.from(base64, 'base64');
  const q = new Int8Array(bucketCount * models);
  let at = 0;
  let bucket = -1;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++] as number;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    for (let k = 0; k < models; k++) {
      const byte = bytes[at++] as number;
      q[bucket * models + k] = byte > 127 ? byte - 256 : byte;
    }
  }
  return q;
}
