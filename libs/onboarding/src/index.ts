// Public surface of the onboarding library. Other libraries import only from here.
export * from './domain/local-dates';
export * from './domain/playbook-definition';
export * from './domain/playbook-validation';
export * from './domain/progress';
export * from './domain/reminder-selection';
export * from './domain/shenzhen-playbook';
export * from './domain/step-state-machine';
export * from './domain/step-unlocking';
export { canAddEvidence, canSeeOnboarding, decideStepCommand, type PartnerRef, type StepCommand } from './access/onboarding-access';
export { Jurisdiction } from './entities/jurisdiction.entity';
export { ONBOARDING_TRANSLATIONS } from './i18n/translations';
export { OnboardingModule, OnboardingWorkerModule } from './onboarding.module';
export { REMINDER_WINDOW_DAYS as ONBOARDING_REMINDER_WINDOW_DAYS } from './domain/reminder-selection';
export { ReminderJob, STEP_REMINDER } from './reminders/reminder-job';
export { seedOnboardingDemo } from './seed/seed-onboarding-demo';
export { EVENT_ID_HEADER, SIGNATURE_HEADER, verifySignature } from './webhooks/webhook-signature';
export { decideWebhook } from './webhooks/webhook-access';
export { WebhookDispatcher } from './webhooks/webhook-dispatcher';
