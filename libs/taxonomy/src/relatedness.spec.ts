import { demoTaxonomy } from './demo-fixture';
import { BROADER_NARROWER, jaccardSorted, occupationSimilarity, SAME_SKILL_GROUP, skillSimilarity } from './relatedness';
import { buildSnapshot, csrRow, snapshotFromJSON, snapshotToJSON } from './snapshot';
import type { EscoDataset } from './types';

const L = (en: string) => ({ en: { preferred: en, alt: [], hidden: [] } });

/** Two groups; s1 under group A with narrower s2; s3 also in A; s4 in B. */
const tiny: EscoDataset = {
  languages: ['en'],
  skillGroups: [
    { uri: 'g:A', code: 'S1', labels: L('group A') },
    { uri: 'g:B', code: 'S2', labels: L('group B') },
  ],
  skills: ['s1', 's2', 's3', 's4'].map((s) => ({ uri: `s:${s}`, skillType: 'skill/competence' as const, reuseLevel: null, labels: L(s), description: {} })),
  broader: [
    { uri: 's:s1', kind: 'skill', broaderUri: 'g:A', broaderKind: 'group' },
    { uri: 's:s2', kind: 'skill', broaderUri: 's:s1', broaderKind: 'skill' },
    { uri: 's:s3', kind: 'skill', broaderUri: 'g:A', broaderKind: 'group' },
    { uri: 's:s4', kind: 'skill', broaderUri: 'g:B', broaderKind: 'group' },
  ],
  occupations: [
    { uri: 'o:1', iscoGroup: '5223', code: null, labels: L('o1'), description: {} },
    { uri: 'o:2', iscoGroup: '5223', code: null, labels: L('o2'), description: {} },
    { uri: 'o:3', iscoGroup: '7512', code: null, labels: L('o3'), description: {} },
  ],
  iscoGroups: [],
  relations: [
    { occupationUri: 'o:1', skillUri: 's:s1', relation: 'essential' },
    { occupationUri: 'o:1', skillUri: 's:s3', relation: 'essential' },
    { occupationUri: 'o:2', skillUri: 's:s1', relation: 'essential' },
    { occupationUri: 'o:3', skillUri: 's:s1', relation: 'essential' },
    { occupationUri: 'o:3', skillUri: 's:s4', relation: 'optional' },
  ],
};

describe('snapshot and relatedness', () => {
  const snap = buildSnapshot(tiny);
  const s = (u: string) => snap.skills.uris.indexOf(`s:${u}`);
  const o = (u: string) => snap.occupations.uris.indexOf(`o:${u}`);

  it('assigns dense ids in URI order and builds the arrays', () => {
    expect(snap.skills.uris).toEqual(['s:s1', 's:s2', 's:s3', 's:s4']);
    expect(Array.from(snap.skillBroader)).toEqual([-1, 0, -1, -1]);
    // s2 inherits the group of its broader skill.
    expect(Array.from(snap.skillGroup)).toEqual([0, 0, 0, 1]);
    expect(Array.from(csrRow(snap.essential, o('1')))).toEqual([s('s1'), s('s3')]);
    expect(Array.from(csrRow(snap.optional, o('3')))).toEqual([s('s4')]);
    expect(Array.from(snap.occupations.iscoGroup)).toEqual([5223, 5223, 7512]);
  });

  it('scores skills: same 1, broader/narrower 0.7, same group 0.5, else 0', () => {
    expect(skillSimilarity(snap, s('s1'), s('s1'))).toBe(1);
    expect(skillSimilarity(snap, s('s1'), s('s2'))).toBe(BROADER_NARROWER);
    expect(skillSimilarity(snap, s('s2'), s('s1'))).toBe(BROADER_NARROWER);
    expect(skillSimilarity(snap, s('s2'), s('s3'))).toBe(SAME_SKILL_GROUP);
    expect(skillSimilarity(snap, s('s1'), s('s4'))).toBe(0);
  });

  it('scores occupations by ISCO unit group and shared essential skills', () => {
    expect(jaccardSorted(Int32Array.from([1, 2]), Int32Array.from([2, 3]))).toBeCloseTo(1 / 3);
    expect(occupationSimilarity(snap, o('1'), o('1'))).toBe(1);
    expect(occupationSimilarity(snap, o('1'), o('2'))).toBeCloseTo(0.6 + 0.4 * 0.5);
    expect(occupationSimilarity(snap, o('2'), o('3'))).toBeCloseTo(1);
    expect(occupationSimilarity(snap, o('1'), o('3'))).toBeCloseTo(0.5);
  });

  it('round-trips through JSON and is deterministic', () => {
    const back = snapshotFromJSON(JSON.parse(JSON.stringify(snapshotToJSON(snap))));
    expect(back).toEqual(snap);
    expect(buildSnapshot({ ...tiny, skills: [...tiny.skills].reverse() }).version).toBe(snap.version);
  });

  it('gives the demo taxonomy groups, broader links and language skills', async () => {
    const demo = (await demoTaxonomy()).snapshot;
    expect(demo.skillGroup.filter((g) => g >= 0).length).toBe(demo.skills.uris.length);
    expect(demo.skillBroader.some((b) => b >= 0)).toBe(true);
    expect(demo.essential.values.length).toBeGreaterThan(500);
  });
});
