import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, Idempotent, type Page, Public, type RequestContext, RequestCtx } from '@bluecarbon/platform';
import { ApplicationQuery, ApplicationReceiptResponse, ApplicationResponse, ApplyDto, DeclineDto } from '../dto/application.dto';
import { IdParams } from '../dto/common.dto';
import { AcceptResultResponse } from '../dto/views.dto';
import { type AcceptResult, type ApplicationReceipt, type ApplicationView, ApplicationsService } from './applications.service';

@ApiTags('onboarding')
@Controller('onboarding/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  // Prospective partners have no account yet; Idempotency-Key makes a retried form safe.
  @Public()
  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Apply to join as a partner jurisdiction (no sign-in needed)' })
  @ApiCreatedResponse({ type: ApplicationReceiptResponse, description: 'The application as received: the same answer whatever the jurisdiction' })
  apply(@Body() body: ApplyDto, @RequestCtx() ctx: RequestContext): Promise<ApplicationReceipt> {
    return this.applications.apply(body, ctx);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Applications: all for stewards and observers, a city its own' })
  @ApiPageResponse(ApplicationResponse)
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: ApplicationQuery): Promise<Page<ApplicationView>> {
    return this.applications.list(actor, query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'An application, with what accepting it would do beyond the usual' })
  @ApiOkResponse({ type: ApplicationResponse })
  get(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<ApplicationView> {
    return this.applications.get(ctx, params.id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_application')
  @ApiOperation({ summary: "Accept: creates the partner's organisation, invites its coordinator, opens its case (stewards)" })
  @ApiOkResponse({ type: AcceptResultResponse })
  accept(@Ctx() ctx: ActorContext, @Param() params: IdParams): Promise<AcceptResult> {
    return this.applications.accept(ctx, params.id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_application')
  @ApiOperation({ summary: 'Decline with a reason (stewards)' })
  @ApiOkResponse({ type: ApplicationResponse })
  decline(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: DeclineDto): Promise<ApplicationView> {
    return this.applications.decline(ctx, params.id, body.reason);
  }
}
