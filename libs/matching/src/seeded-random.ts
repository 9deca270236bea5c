import { mulberry32 } from './allocation/generator';

/**
 * The engine's seeded mulberry32 with the draws every data generator needs (demo data, benchmark data).
 * Generators extend it with their own sampling helpers; the sequence for a seed never changes.
 */
export class SeededRandom {
  private readonly rand: () => number;

  constructor(seed: number) {
    this.rand = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.rand();
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}
