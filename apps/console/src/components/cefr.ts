/** The CEFR levels of the contract (CefrLevelSchema), in order; `native` above C2. */
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
