import { WhatIfWeightsSchema } from '@app/contracts';
import { COMPONENTS } from '@app/matching';

describe('what-if weights contract', () => {
  it('names exactly the engine components (contracts cannot import the engine, so this keeps them equal)', () => {
    expect(Object.keys(WhatIfWeightsSchema.shape).sort()).toEqual([...COMPONENTS].sort());
  });
});
