// Public API of the onboarding lib: what the apps use. Specs reach its rules and webhook
// helpers through `@bluecarbon/onboarding/testing`.
export { ONBOARDING_ENTITIES } from './entities';
export { OnboardingModule, OnboardingWorkerModule } from './onboarding.module';
export { seedOnboardingDemo } from './seed/seed-onboarding-demo';
