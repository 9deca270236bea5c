/** Copy-on-grow for typed arrays: indexes double their capacity, so growth is amortised O(1) per slot. */
type Typed = Float64Array | Float32Array | Int32Array | Uint32Array | Uint16Array | Uint8Array | Int8Array;

export function grow<T extends Typed>(arr: T, length: number, fill = 0): T {
  if (arr.length >= length) return arr;
  const ctor = arr.constructor as { new (n: number): T };
  const out = new ctor(length);
  out.set(arr);
  if (fill !== 0) out.fill(fill, arr.length);
  return out;
}
