// For specs only (`@bluecarbon/onboarding/testing`); tools/build.mjs leaves `testing/` out.
export { canAddEvidence, canSeeOnboarding, decideStepCommand, type PartnerRef, type StepCommand } from '../access/onboarding-access';
export { SHENZHEN_PLAYBOOK } from '../domain/shenzhen-playbook';
export { ReminderJob } from '../reminders/reminder-job';
export { decideWebhook } from '../webhooks/webhook-access';
export { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
export { WebhookSecrets } from '../webhooks/webhook-secrets';
export { WebhooksRepository } from '../repositories/webhooks.repository';
export { EVENT_ID_HEADER, SIGNATURE_HEADER, verifySignature } from '../webhooks/webhook-signature';
export { ONBOARDING_TRANSLATIONS } from '../i18n/translations';
