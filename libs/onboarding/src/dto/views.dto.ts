import { ApiProperty } from '@nestjs/swagger';
import { type LocalizedText, LOCALIZED_TEXT_SCHEMA } from '@bluecarbon/platform';
import type { AcceptResult } from '../applications/applications.service';
import type { CaseView, StepView } from '../cases/case-view';
import type { CaseSummary, OverviewRow } from '../cases/cases.service';
import {
  EVIDENCE_KINDS,
  type EvidenceKind,
  STEP_OWNER_ROLES,
  STEP_REVIEWER_ROLES,
  type StepOwnerRole,
  type StepReviewerRole,
} from '../domain/playbook-definition';
import { STEP_STATES, type StepState } from '../domain/step-state-machine';
import type { OnboardingComment } from '../entities/onboarding-comment.entity';
import type { OnboardingEvidence } from '../entities/onboarding-evidence.entity';
import type { OnboardingStep } from '../entities/onboarding-step.entity';
import type { DeliveryStatus, WebhookDelivery } from '../entities/webhook-delivery.entity';
import type { WebhookView } from '../webhooks/webhooks.service';
import { ApplicationResponse } from './application.dto';

/**
 * The answers of onboarding's routes as OpenAPI sees them. Each class implements the type its
 * service returns, so a field added there fails the build until it is documented here.
 */

const NULLABLE_UUID = { type: String, format: 'uuid', nullable: true } as const;
const NULLABLE_STRING = { type: String, nullable: true } as const;
const NULLABLE_DATE = { type: Date, nullable: true } as const;

export class CaseSummaryResponse implements CaseSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) jurisdictionId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() status!: string;
  @ApiProperty() startedAt!: Date;
}

export class StepViewResponse implements StepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() position!: number;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) title!: LocalizedText;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) guidance!: LocalizedText;
  @ApiProperty({ enum: STEP_STATES }) state!: StepState;
  @ApiProperty() ownerRole!: string;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty({ type: [String] }) evidenceRequired!: string[];
  @ApiProperty({ ...NULLABLE_STRING, format: 'date' }) dueOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: Number, nullable: true }) daysLeft!: number | null;
  @ApiProperty({ type: [String], description: 'Keys of the steps this one waits for' }) waitingFor!: string[];
  @ApiProperty(NULLABLE_STRING) decisionReason!: string | null;
  @ApiProperty(NULLABLE_UUID) assigneeId!: string | null;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

class CaseJurisdictionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) name!: LocalizedText;
  @ApiProperty() status!: string;
  @ApiProperty() timeZone!: string;
}

class CasePlaybookResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() playbookVersion!: number;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) name!: LocalizedText;
}

export class CaseResponse implements CaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: CaseJurisdictionResponse }) jurisdiction!: CaseJurisdictionResponse;
  @ApiProperty({ type: CasePlaybookResponse }) playbook!: CasePlaybookResponse;
  @ApiProperty() startedAt!: Date;
  @ApiProperty(NULLABLE_DATE) completedAt!: Date | null;
  @ApiProperty() lastActivityAt!: Date;
  @ApiProperty() percentComplete!: number;
  @ApiProperty() doneSteps!: number;
  @ApiProperty() totalSteps!: number;
  @ApiProperty() overdueCount!: number;
  @ApiProperty({ type: [StepViewResponse] }) steps!: StepViewResponse[];
}

export class OverviewRowResponse implements OverviewRow {
  @ApiProperty({ format: 'uuid' }) jurisdictionId!: string;
  @ApiProperty() code!: string;
  @ApiProperty(LOCALIZED_TEXT_SCHEMA) name!: LocalizedText;
  @ApiProperty() country!: string;
  @ApiProperty() status!: string;
  @ApiProperty(NULLABLE_UUID) caseId!: string | null;
  @ApiProperty(NULLABLE_STRING) caseStatus!: string | null;
  @ApiProperty({ type: [String], description: 'Steps the partner is working on or waiting for review on' }) currentSteps!: string[];
  @ApiProperty() percentComplete!: number;
  @ApiProperty() overdueCount!: number;
  @ApiProperty(NULLABLE_DATE) lastActivityAt!: Date | null;
}

export class OverviewResponse {
  @ApiProperty() generatedAt!: Date;
  @ApiProperty({ type: [OverviewRowResponse] }) partners!: OverviewRowResponse[];
}

export class StepResponse implements OnboardingStep {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() key!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: STEP_STATES }) state!: StepState;
  @ApiProperty({ type: [String] }) dependsOn!: string[];
  @ApiProperty({ enum: EVIDENCE_KINDS, isArray: true }) evidenceKinds!: EvidenceKind[];
  @ApiProperty({ enum: STEP_OWNER_ROLES }) ownerRole!: StepOwnerRole;
  @ApiProperty({ enum: STEP_REVIEWER_ROLES }) reviewerRole!: StepReviewerRole;
  @ApiProperty() dueInDays!: number;
  @ApiProperty(NULLABLE_UUID) assigneeId!: string | null;
  @ApiProperty(NULLABLE_DATE) openedAt!: Date | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'date' }) dueOn!: string | null;
  @ApiProperty(NULLABLE_DATE) submittedAt!: Date | null;
  @ApiProperty(NULLABLE_DATE) decidedAt!: Date | null;
  @ApiProperty(NULLABLE_UUID) decidedBy!: string | null;
  @ApiProperty(NULLABLE_STRING) decisionReason!: string | null;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

export class EvidenceResponse implements Omit<OnboardingEvidence, 'content'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) stepId!: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @ApiProperty(NULLABLE_STRING) fileName!: string | null;
  @ApiProperty(NULLABLE_STRING) contentType!: string | null;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes!: number | null;
  @ApiProperty(NULLABLE_STRING) sha256!: string | null;
  @ApiProperty(NULLABLE_STRING) url!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'A document or data record: what kind of record' }) referenceType!: string | null;
  @ApiProperty(NULLABLE_STRING) referenceId!: string | null;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty() createdAt!: Date;
}

export class CommentResponse implements OnboardingComment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) stepId!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty(NULLABLE_UUID) authorOrganisationId!: string | null;
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty() createdAt!: Date;
}

export class WebhookResponse implements WebhookView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(NULLABLE_STRING) jurisdictionCode!: string | null;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) eventTypes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

export class CreatedWebhookResponse extends WebhookResponse {
  @ApiProperty({ description: 'The signing secret, shown this once' }) secret!: string;
}

export class DeliveryResponse implements WebhookDelivery {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'dead'] }) status!: DeliveryStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty(NULLABLE_STRING) lastError!: string | null;
  @ApiProperty(NULLABLE_DATE) lastAttemptAt!: Date | null;
  @ApiProperty(NULLABLE_DATE) deliveredAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class AcceptResultResponse implements AcceptResult {
  @ApiProperty({ type: ApplicationResponse }) application!: AcceptResult['application'];
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
}
