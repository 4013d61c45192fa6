import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, createHttpApp } from '@bluecarbon/platform';
import { AppModule } from './app.module';

/** The whole API, as `main.ts` serves it; e2e tests and benchmarks start it the same way. */
export function createApi(config: AppConfig): Promise<NestFastifyApplication> {
  return createHttpApp(AppModule.forRoot(config) as never, config);
}
