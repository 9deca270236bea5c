import { demoDataDir } from './demo';
import { normaliseReuseLevel, normaliseSkillType, readEscoFolders, splitLabels } from './esco-csv';

describe('ESCO CSV reader', () => {
  it('splits multi-line label fields', () => {
    expect(splitLabels('a\nb\r\n\n b \na')).toEqual(['a', 'b']);
    expect(splitLabels('')).toEqual([]);
  });

  it('normalises skill types and reuse levels', () => {
    expect(normaliseSkillType('skill/competence')).toBe('skill/competence');
    expect(normaliseSkillType('skill/competence knowledge')).toBe('skill/competence');
    expect(normaliseSkillType('Knowledge')).toBe('knowledge');
    expect(normaliseSkillType('')).toBeNull();
    expect(normaliseReuseLevel('Sector-specific')).toBe('sector-specific');
    expect(normaliseReuseLevel('cross sector')).toBe('cross-sector');
    expect(normaliseReuseLevel('??')).toBeNull();
  });

  it('reads the demo folder with English and Spanish labels joined by URI', async () => {
    const ds = await readEscoFolders(demoDataDir());
    expect(ds.languages).toEqual(['en', 'es']);
    expect(ds.occupations.length).toBeGreaterThanOrEqual(40);
    expect(ds.skills.length).toBeGreaterThan(300);
    const baker = ds.occupations.find((o) => o.labels.en.preferred === 'baker')!;
    expect(baker.iscoGroup).toBe('7512');
    expect(baker.labels.es.preferred).toMatch(/panader/);
    expect(baker.labels.en.alt.length).toBeGreaterThan(0);
    const rel = ds.relations.filter((r) => r.occupationUri === baker.uri);
    expect(rel.some((r) => r.relation === 'essential')).toBe(true);
    expect(ds.broader.length).toBeGreaterThan(0);
    expect(ds.skills.every((s) => s.labels.en?.preferred)).toBe(true);
    expect(ds.iscoGroups.find((g) => g.code === '7512')?.labels.es?.preferred).toBeTruthy();
  });
});
