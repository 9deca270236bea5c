import { createHash } from 'node:crypto';

const MOD = 2 ** 48;

/**
 * An order-independent checksum of what an index holds (one string per entry, e.g. `o:<id>:<version>`):
 * the sum of each entry's 48-bit hash, modulo 2^48. Two processes holding the same entries report the
 * same number whatever order they applied them in; it fits a Prometheus gauge exactly (< 2^53).
 */
export class IndexChecksum {
  private sum = 0;

  add(entry: string): this {
    const h = createHash('sha1').update(entry).digest().readUIntBE(0, 6);
    this.sum = (this.sum + h) % MOD;
    return this;
  }

  get value(): number {
    return this.sum;
  }
}
