// Public API of the methodology lib: what the apps and other libs use. Specs reach the engine
// and test data through `@bluecarbon/methodology/testing`.
export { AdaptationLoader, type LoadedAdaptation } from './adaptations/adaptation-loader.service';
export { METHODOLOGY_ENTITIES } from './entities';
export { MethodologyModule } from './methodology.module';
export { SEEDED_MONITORED_VERSION, seedMethodologyDemo } from './seed/seed-methodology-demo';
export { type DemoAdaptation, seedDemoAdaptation } from './seed/seed-demo-adaptation';
export { CalculationService, type CalculationAnswer } from './calculation/calculation.service';
export { CalculateDto, MonitoringPeriodDto } from './dto/calculate.dto';
export type { Basis, BasisTotals, CalculationResult, Credits, MonitoringResult, PeriodResult } from './domain/calculate';
export type { MonitoringPeriod } from './domain/monitoring';
