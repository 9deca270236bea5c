import { describe, expect, it } from '@jest/globals';
import { bodyOf, emptyDraft, patchOf } from './profile-draft';

describe('profile draft', () => {
  it('writes every section for a new profile, contact fields only when given', () => {
    const d = { ...emptyDraft(), displayName: ' Ana ', phone: '' };
    const body = bodyOf(d, '2026-03-02');
    expect(body.personal).toEqual({ displayName: 'Ana' });
    expect(body.consent).toEqual({ scopes: ['matching'], givenAt: '2026-03-02' });
    expect(Object.keys(body).sort()).toEqual(['availability', 'careDuties', 'consent', 'experience', 'languages', 'location', 'personal', 'qualifications', 'skills', 'transport']);
  });

  it('sends only the changed sections in a PATCH', () => {
    const body = patchOf(emptyDraft(), '2026-03-02', new Set(['skills', 'transport']));
    expect(Object.keys(body).sort()).toEqual(['skills', 'transport']);
  });

  it('leaves unrecorded optional sections out of a create body and clears them with null in a PATCH', () => {
    const d = { ...emptyDraft(), displayName: 'Ana', digitalAccess: { device: 'smartphone' as const, connectivity: 'mobile_data' as const }, earliestStart: '2026-05-04', aspirations: { preferredPathway: 'training' as const } };
    expect(bodyOf(d, '2026-03-02')).toMatchObject({ digitalAccess: { device: 'smartphone' }, earliestStart: '2026-05-04', aspirations: { preferredPathway: 'training' } });
    expect(bodyOf(d, '2026-03-02')).not.toHaveProperty('limitedMobility');
    expect(patchOf({ ...d, earliestStart: '', aspirations: {} }, '2026-03-02', new Set(['earliestStart', 'aspirations', 'limitedMobility']))).toEqual({ earliestStart: null, aspirations: null, limitedMobility: null });
  });
});
