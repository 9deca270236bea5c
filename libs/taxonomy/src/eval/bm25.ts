/**
 * The baseline of the text-understanding evaluation: a plain BM25 search over ESCO labels
 * (bm25-index.ts built over the labels alone, without descriptions or regional labels).
 * The service fuses the same ranking function, over labels and descriptions, with its own readings
 * (extract.ts); the baseline is that function alone.
 */
export { BM25_B, BM25_K1, Bm25Index, bm25Terms, type Bm25Hit, type Bm25Kind, type Bm25Source } from '../bm25-index';

/** BM25 has no confidence to cut at: its extraction is its top 5, and its precision is precision@5. */
export const BM25_EXTRACT_K = 5;
