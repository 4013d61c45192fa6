import { Jurisdiction } from './jurisdiction.entity';
import { OnboardingApplication } from './onboarding-application.entity';
import { OnboardingCase } from './onboarding-case.entity';
import { OnboardingComment } from './onboarding-comment.entity';
import { OnboardingEvidence } from './onboarding-evidence.entity';
import { OnboardingStep } from './onboarding-step.entity';
import { Playbook } from './playbook.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

export const ONBOARDING_ENTITIES = [
  Jurisdiction,
  OnboardingApplication,
  OnboardingCase,
  OnboardingComment,
  OnboardingEvidence,
  OnboardingStep,
  Playbook,
  WebhookDelivery,
  WebhookSubscription,
];
