import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type ActorContext, Ctx, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiFileResponse, ApiPageResponse, Idempotent, IfMatch, type Page, VersionedResponse } from '@bluecarbon/platform';
import { IdParams, ReasonDto } from '../dto/common.dto';
import { CommentResponse, EvidenceResponse, StepResponse } from '../dto/views.dto';
import { AssignStepDto, CommentDto, CommentQuery, FileEvidenceQuery, LinkEvidenceDto, StepParams } from '../dto/step.dto';
import type { OnboardingComment } from '../entities/onboarding-comment.entity';
import type { OnboardingEvidence } from '../entities/onboarding-evidence.entity';
import type { OnboardingStep } from '../entities/onboarding-step.entity';
import { CommentsService } from './comments.service';
import { EVIDENCE_CONTENT_TYPES } from './evidence-types';
import { EvidenceService } from './evidence.service';
import { sendEvidenceFile } from './http/send-evidence-file';
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
  @ApiOkResponse({ type: StepResponse })
  @ApiConflictResponse({ description: 'The step is not open, or evidence it needs is missing' })
  submit(@Ctx() ctx: ActorContext, @Param() params: StepParams): Promise<OnboardingStep> {
    return this.transitions.command(ctx, params.stepId, 'submit', null);
  }

  @Post('steps/:stepId/approve')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Approve a submitted step (its reviewer); opens the steps that were waiting for it' })
  @ApiOkResponse({ type: StepResponse })
  @ApiConflictResponse({ description: 'The step is not submitted' })
  approve(@Ctx() ctx: ActorContext, @Param() params: StepParams): Promise<OnboardingStep> {
    return this.transitions.command(ctx, params.stepId, 'approve', null);
  }

  @Post('steps/:stepId/request-changes')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Send a submitted step back to its owner, saying what to change' })
  @ApiOkResponse({ type: StepResponse })
  @ApiConflictResponse({ description: 'The step is not submitted' })
  requestChanges(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Body() body: ReasonDto): Promise<OnboardingStep> {
    return this.transitions.command(ctx, params.stepId, 'request_changes', body.reason);
  }

  @Post('steps/:stepId/waive')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_step')
  @ApiOperation({ summary: 'Waive a step that does not apply (stewards, with a reason); counts as done' })
  @ApiOkResponse({ type: StepResponse })
  @ApiConflictResponse({ description: 'The step is already approved or waived' })
  waive(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Body() body: ReasonDto): Promise<OnboardingStep> {
    return this.transitions.command(ctx, params.stepId, 'waive', body.reason);
  }

  @Put('steps/:stepId/assignee')
  @RequirePermission('update', 'onboarding_step')
  @ApiOperation({ summary: "Give the step to someone of the city (or nobody); If-Match with the step's version" })
  @VersionedResponse({ type: StepResponse })
  assign(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Body() body: AssignStepDto, @IfMatch() ifMatch: number): Promise<OnboardingStep> {
    return this.assignment.assign(ctx, params.stepId, body.assigneeId ?? null, ifMatch);
  }

  @Get('steps/:stepId/evidence')
  @SignedIn()
  @ApiOperation({ summary: "A step's evidence: files (without their bytes), links and references" })
  @ApiOkResponse({ type: [EvidenceResponse] })
  listEvidence(@Ctx() ctx: ActorContext, @Param() params: StepParams): Promise<OnboardingEvidence[]> {
    return this.evidence.list(ctx, params.stepId);
  }

  @Post('steps/:stepId/evidence/files')
  @RequirePermission('create', 'onboarding_evidence')
  @ApiConsumes(...EVIDENCE_CONTENT_TYPES)
  @ApiBody({ required: true, description: 'The file itself', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiOperation({ summary: 'Upload a file as evidence: the raw bytes as the body, its type as Content-Type, ?fileName=' })
  addFile(
    @Ctx() ctx: ActorContext,
    @Param() params: StepParams,
    @Query() query: FileEvidenceQuery,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown, // a Buffer from EvidenceUploadParser for the evidence types; anything else is refused
  ): Promise<OnboardingEvidence> {
    return this.evidence.addFile(ctx, params.stepId, query.fileName, { contentType, body });
  }

  @Post('steps/:stepId/evidence')
  @Idempotent()
  @RequirePermission('create', 'onboarding_evidence')
  @ApiOperation({ summary: 'Attach a link, a document or a data record (e.g. an adopted methodology adaptation) as evidence' })
  @ApiCreatedResponse({ type: EvidenceResponse })
  addReference(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Body() body: LinkEvidenceDto): Promise<OnboardingEvidence> {
    return this.evidence.addReference(ctx, params.stepId, body);
  }

  @Get('evidence/:id/content')
  @SignedIn()
  @ApiOperation({ summary: 'Download an evidence file (whoever may see the step); ETag is its SHA-256' })
  @ApiFileResponse('application/octet-stream', 'The file as uploaded, with its own Content-Type')
  async download(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Res() reply: FastifyReply): Promise<void> {
    await sendEvidenceFile(reply, await this.evidence.download(ctx, params.id));
  }

  @Delete('evidence/:id')
  @HttpCode(204)
  @RequirePermission('delete', 'onboarding_evidence')
  @ApiOperation({ summary: 'Take back evidence while the step is open or sent back for changes (the city)' })
  @ApiNoContentResponse({ description: 'Removed' })
  removeEvidence(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<void> {
    return this.evidence.remove(ctx, params.id);
  }

  @Get('steps/:stepId/comments')
  @SignedIn()
  @ApiOperation({ summary: "A step's discussion, oldest first" })
  @ApiPageResponse(CommentResponse)
  listComments(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Query() query: CommentQuery): Promise<Page<OnboardingComment>> {
    return this.comments.list(ctx, params.stepId, query);
  }

  @Post('steps/:stepId/comments')
  @Idempotent()
  @RequirePermission('comment', 'onboarding_step')
  @ApiOperation({ summary: 'Comment on a step (markdown); the city, the steward and ICLEI discuss here' })
  @ApiCreatedResponse({ type: CommentResponse })
  addComment(@Ctx() ctx: ActorContext, @Param() params: StepParams, @Body() body: CommentDto): Promise<OnboardingComment> {
    return this.comments.add(ctx, params.stepId, body.body);
  }
}
