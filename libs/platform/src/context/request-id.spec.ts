import { isAcceptableRequestId, requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a short id of the safe charset (UUIDs, ULIDs, proxy ids)', () => {
    for (const id of ['0f8fad5b-d9cb-469f-a165-70867728950e', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '1-67891233:abc.def_9', 'x'.repeat(64)]) {
      expect(isAcceptableRequestId(id)).toBe(true);
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces anything else by a fresh UUID: too long, empty, other characters, a repeated header', () => {
    for (const header of ['x'.repeat(65), '', 'a b', 'a\nb', 'a"b', 'a;b', 'ñ', '<script>', ['a', 'b'], undefined]) {
      expect(requestIdFrom(header)).toMatch(UUID);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
