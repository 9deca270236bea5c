import { withKeptSubsections } from '../../bench/harness';

describe('benchmark section writer', () => {
  const old = '## Engine\n\nMeasured 2026-12-01.\n\n| a | 1 |\n\n### Issue 19: before and after\n\nhand-written history\n\n### Generated detail\n\nold detail\n';

  it('keeps the hand-written subsections the run does not write, and replaces the rest', () => {
    const section = '## Engine\n\nMeasured 2026-12-07.\n\n| a | 2 |\n\n### Generated detail\n\nnew detail\n';
    const out = withKeptSubsections(section, old);
    expect(out).toContain('| a | 2 |');
    expect(out).not.toContain('| a | 1 |');
    expect(out).toContain('### Issue 19: before and after\n\nhand-written history');
    expect(out).toContain('new detail');
    expect(out).not.toContain('old detail');
  });

  it('is the new section unchanged when the old one has no subsections', () => {
    const section = '## Engine\n\nnew\n';
    expect(withKeptSubsections(section, '## Engine\n\nold\n')).toBe(section);
  });
});
