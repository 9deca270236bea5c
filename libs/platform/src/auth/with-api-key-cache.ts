import { Module, type DynamicModule } from '@nestjs/common';
import { API_KEY_CACHE_OPTIONS, type ApiKeyCacheOptions } from './api-key-cache';

@Module({})
class ApiKeyCacheModule {}

/**
 * Wraps an app's root module so its API-key guard remembers keys for `options.ttlMs` (global, because
 * the guard lives in PlatformModule). An app opts in where a revocation taking effect within the TTL
 * is acceptable; without it every request looks its key up.
 */
export function withApiKeyCache(root: unknown, options: ApiKeyCacheOptions): DynamicModule {
  return {
    module: ApiKeyCacheModule,
    global: true,
    imports: [root as DynamicModule],
    providers: [{ provide: API_KEY_CACHE_OPTIONS, useValue: options }],
    exports: [API_KEY_CACHE_OPTIONS],
  };
}
