import { describe, expect, it } from '@jest/globals';
// From the contract's own file (the console's tsconfig has no @app paths; nothing of it reaches the bundle).
import { GATE_REASON_SCHEMAS } from '../../../../libs/contracts/src/matching/reasons';
import { translate } from './translate';

// Every gate reason code of the contract, enumerated from it: a code added there fails here until it has
// a label in both languages (the "why not" list would otherwise show the raw code).
const CODES = GATE_REASON_SCHEMAS.map((s) => s.shape.code.value);

describe('reason code labels', () => {
  it('enumerates the contract', () => {
    expect(CODES).toContain('commute_too_long');
    expect(CODES.length).toBeGreaterThan(10);
  });

  it.each(CODES)('labels %s in Spanish and English', (code) => {
    for (const language of ['es', 'en'] as const) {
      const label = translate(language, `reason_${code}`);
      expect(label).not.toBe(`reason_${code}`);
      expect(label.trim()).not.toBe('');
    }
    expect(translate('es', `reason_${code}`)).not.toBe(translate('en', `reason_${code}`));
  });
});
