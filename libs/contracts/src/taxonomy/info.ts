import { z } from 'zod';
import { dateTimeField } from '../openapi-examples';

/** `GET /taxonomy/info` and `POST /taxonomy/reload`: which taxonomy the app holds in memory. */
export const TaxonomyInfoSchema = z.object({
  source: z.enum(['store', 'demo']).meta({ description: '`store`: imported ESCO (npm run taxonomy:import); `demo`: the bundled demo subset (the store is empty)', example: 'store' }),
  version: z.string().meta({ description: 'Content hash of the loaded snapshot (results name the taxonomy they were computed with)', example: 'esco-1.1.1+8c41d2e0' }),
  languages: z.array(z.string()).meta({ example: ['en', 'es'] }),
  occupations: z.number().int().meta({ example: 3039 }),
  skills: z.number().int().meta({ example: 13939 }),
  labels: z.number().int().meta({ description: 'Labels indexed for lookup (preferred, alternative and regional, all languages)', example: 160412 }),
  loadedAt: dateTimeField('When it was loaded'),
  loadMs: z.number().int().meta({ description: 'How long loading took', example: 2140 }),
});
export type TaxonomyInfo = z.infer<typeof TaxonomyInfoSchema>;
