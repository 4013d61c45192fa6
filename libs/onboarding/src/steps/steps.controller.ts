import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, Idempotent, type Page } from '@bluecarbon/platform';
import { IdParams, ReasonDto } from '../dto/common.dto';
import { AssignStepDto, CommentDto, CommentQuery, FileEvidenceQuery, LinkEvidenceDto, StepParams } from '../dto/step.dto';
import type { OnboardingComment } from '../entities/onboarding-comment.entity';
import type { OnboardingEvidence } from '../entities/onboarding-evidence.entity';
import type { OnboardingStep } from '../entities/onboarding-step.entity';
import { CommentsService } from './comments.service';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';
import { EvidenceService } from './evidence.service';
import { StepAssignmentService } from './step-assignment.service';
import { StepTransitionsService } from './step-transitions.service';

@ApiTags('onboarding')
@Controller('onboarding')
export class StepsController {
  constructor(
    private readonly transitions: StepTransitionsService,
    private readonly evidence: EvidenceService,
    private readonly comments: CommentsService,
    private readonly assignment: StepAssignmentService,
  ) {}

  @Post('steps/:stepId/submit')
  @HttpCode(200)
  @RequirePermission('submit', 'onboarding_step')
  @ApiOperation({ summary: 'Hand the step in for review (its owner; needs every evidence kind it names); 409 if its state does not allow it' })
  submit(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Req() request: FastifyRequest): Promise<OnboardingStep> {
    return this.transitions.command(actor, params.stepId, 'submit', null, request);
  }

  @Post('steps/:stepId/approve')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Approve a submitted step (its reviewer); opens the steps that were waiting for it' })
  approve(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Req() request: FastifyRequest): Promise<OnboardingStep> {
    return this.transitions.command(actor, params.stepId, 'approve', null, request);
  }

  @Post('steps/:stepId/request-changes')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Send a submitted step back to its owner, saying what to change' })
  requestChanges(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Body() body: ReasonDto, @Req() request: FastifyRequest): Promise<OnboardingStep> {
    return this.transitions.command(actor, params.stepId, 'request_changes', body.reason, request);
  }

  @Post('steps/:stepId/waive')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Waive a step that does not apply (stewards, with a reason); counts as done' })
  waive(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Body() body: ReasonDto, @Req() request: FastifyRequest): Promise<OnboardingStep> {
    return this.transitions.command(actor, params.stepId, 'waive', body.reason, request);
  }

  @Put('steps/:stepId/assignee')
  @RequirePermission('update', 'onboarding_step')
  @ApiOperation({ summary: "Give the step to someone of the city (or nobody); If-Match with the step's version" })
  async assign(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: StepParams,
    @Body() body: AssignStepDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OnboardingStep> {
    const step = await this.assignment.assign(actor, params.stepId, body.assigneeId ?? null, ifMatch, request);
    reply.header('ETag', etagOf(step.version));
    return step;
  }

  @Get('steps/:stepId/evidence')
  @SignedIn()
  listEvidence(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Req() request: FastifyRequest): Promise<OnboardingEvidence[]> {
    return this.evidence.list(actor, params.stepId, request);
  }

  @Post('steps/:stepId/evidence/files')
  @RequirePermission('create', 'onboarding_evidence')
  @ApiConsumes(...EVIDENCE_CONTENT_TYPES)
  @ApiOperation({ summary: 'Upload a file as evidence: the raw bytes as the body, its type as Content-Type, ?fileName=' })
  addFile(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: StepParams,
    @Query() query: FileEvidenceQuery,
    @Req() request: FastifyRequest,
  ): Promise<OnboardingEvidence> {
    return this.evidence.addFile(actor, params.stepId, query.fileName, request);
  }

  @Post('steps/:stepId/evidence')
  @Idempotent()
  @RequirePermission('create', 'onboarding_evidence')
  @ApiOperation({ summary: 'Attach a link, a document or a data record (e.g. an adopted methodology adaptation) as evidence' })
  addReference(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Body() body: LinkEvidenceDto, @Req() request: FastifyRequest): Promise<OnboardingEvidence> {
    return this.evidence.addReference(actor, params.stepId, body, request);
  }

  @Get('evidence/:id/content')
  @SignedIn()
  @ApiOperation({ summary: 'Download an evidence file (whoever may see the step); ETag is its SHA-256' })
  async download(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.evidence.download(actor, params.id, request);
    await reply
      .type(file.contentType)
      .header('Content-Disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('ETag', `"sha256-${file.sha256}"`)
      .header('Cache-Control', 'private, no-store')
      .send(file.content);
  }

  @Delete('evidence/:id')
  @HttpCode(204)
  @RequirePermission('delete', 'onboarding_evidence')
  @ApiOperation({ summary: 'Take back evidence while the step is open or sent back for changes (the city)' })
  removeEvidence(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Req() request: FastifyRequest): Promise<void> {
    return this.evidence.remove(actor, params.id, request);
  }

  @Get('steps/:stepId/comments')
  @SignedIn()
  listComments(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: StepParams,
    @Query() query: CommentQuery,
    @Req() request: FastifyRequest,
  ): Promise<Page<OnboardingComment>> {
    return this.comments.list(actor, params.stepId, query, request);
  }

  @Post('steps/:stepId/comments')
  @Idempotent()
  @RequirePermission('comment', 'onboarding_step')
  @ApiOperation({ summary: 'Comment on a step (markdown); the city, the steward and ICLEI discuss here' })
  addComment(@CurrentActor() actor: AuthenticatedActor, @Param() params: StepParams, @Body() body: CommentDto, @Req() request: FastifyRequest): Promise<OnboardingComment> {
    return this.comments.add(actor, params.stepId, body.body, request);
  }
}
