import { describe, expect, it } from '@jest/globals';
import { bodyOf, emptyDraft } from './profile-draft';

describe('profile draft', () => {
  it('writes every section for a new profile, contact fields only when given', () => {
    const d = { ...emptyDraft(), displayName: ' Ana ', phone: '' };
    const body = bodyOf(d, '2026-03-02');
    expect(body.personal).toEqual({ displayName: 'Ana' });
    expect(body.consent).toEqual({ scopes: ['matching'], givenAt: '2026-03-02' });
    expect(Object.keys(body).sort()).toEqual(['availability', 'careDuties', 'consent', 'experience', 'languages', 'location', 'personal', 'qualifications', 'skills', 'transport']);
  });

  it('sends only the changed sections in a PATCH', () => {
    const body = bodyOf(emptyDraft(), '2026-03-02', new Set(['skills', 'transport']));
    expect(Object.keys(body).sort()).toEqual(['skills', 'transport']);
  });
});
