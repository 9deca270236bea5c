/**
 * String -> integer interning shared by the person and opportunity indexes compiled against it
 * (regions, sectors, language tags, authorisation kinds), plus the taxonomy relatedness. Ids depend on
 * insertion order, but only equality of ids is ever used, so two independently built vocabularies
 * give identical scores.
 */
import { NO_RELATEDNESS, type Relatedness } from './relatedness';

export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
  /** -1 when never seen (lookups must not grow the vocabulary). */
  peek(name: string): number {
    return this.ids.get(name) ?? -1;
  }
  name(id: number): string {
    return this.names[id];
  }
  get size(): number {
    return this.names.length;
  }
}

export class Vocabulary {
  readonly regions = new Interner();
  readonly sectors = new Interner();
  readonly languages = new Interner();
  readonly authorisationKinds = new Interner();
  constructor(readonly relatedness: Relatedness = NO_RELATEDNESS) {}

  language(tag: string): number {
    return this.languages.id(tag.trim().toLowerCase());
  }
}

/** "8344" -> 8344; null/invalid -> -1. ISCO codes are digit strings, so integers keep prefixes comparable. */
export function iscoToInt(code: string | null | undefined): number {
  if (!code || !/^\d{1,4}$/.test(code)) return -1;
  return Number(code);
}

/** Does the 4-digit ISCO unit group `group` start with the prefix (value, length 1..4)? */
export function iscoHasPrefix(group: number, prefix: number, prefixLength: number): boolean {
  if (group < 0 || prefixLength <= 0) return false;
  return Math.floor(group / POW10[4 - prefixLength]) === prefix;
}
const POW10 = [1, 10, 100, 1000, 10000];
