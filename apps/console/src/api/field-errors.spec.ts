import { describe, expect, it } from '@jest/globals';
import { fieldErrorsOf } from './field-errors';

const envelope = (code: string, details: Array<{ path: string; message: string }>) => ({ error: { code, message: 'The request is not valid', details: details.map((d) => ({ ...d, code: 'x' })) } });

describe('fieldErrorsOf', () => {
  it('gives each field the details under its path, and the rest to the note', () => {
    const errors = fieldErrorsOf(envelope('validation_failed', [
      { path: 'location.regionCode', message: 'must be a region code' },
      { path: 'capacity', message: 'too small' },
      { path: 'capacityNote', message: 'not a prefix match' },
      { path: 'sector', message: 'unknown field' },
    ]));
    expect(errors.of(['location'])).toEqual(['must be a region code']);
    expect(errors.of(['capacity'])).toEqual(['too small']);
    expect(errors.rest(['location', 'capacity'])).toEqual(['The request is not valid', 'capacityNote: not a prefix match', 'sector: unknown field']);
  });

  it('puts a 409 about one field next to it', () => {
    const errors = fieldErrorsOf({ error: { code: 'capacity_below_booked', message: 'capacity 1 is below the 2 seats already booked', details: [] } });
    expect(errors.of(['capacity'])).toEqual(['capacity 1 is below the 2 seats already booked']);
  });

  it('has nothing for no error', () => {
    expect(fieldErrorsOf(null).of(['title'])).toEqual([]);
    expect(fieldErrorsOf(null).rest([])).toEqual([]);
  });
});
