import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { Idempotent, type Page, Public } from '@bluecarbon/platform';
import { ApplicationQuery, ApplicationReceiptResponse, ApplicationResponse, ApplyDto, DeclineDto } from '../dto/application.dto';
import { IdParams } from '../dto/common.dto';
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
  apply(@Body() body: ApplyDto, @Req() request: FastifyRequest): Promise<ApplicationReceipt> {
    return this.applications.apply(body, request);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Applications: all for stewards and observers, a city its own' })
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: ApplicationQuery): Promise<Page<ApplicationView>> {
    return this.applications.list(actor, query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: ApplicationResponse })
  get(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Req() request: FastifyRequest): Promise<ApplicationView> {
    return this.applications.get(actor, params.id, request);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_application')
  @ApiOperation({ summary: "Accept: creates the partner's organisation, invites its coordinator, opens its case (stewards)" })
  accept(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Req() request: FastifyRequest): Promise<AcceptResult> {
    return this.applications.accept(actor, params.id, request);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @RequirePermission('review', 'onboarding_application')
  @ApiOperation({ summary: 'Decline with a reason (stewards)' })
  @ApiOkResponse({ type: ApplicationResponse })
  decline(@CurrentActor() actor: AuthenticatedActor, @Param() params: IdParams, @Body() body: DeclineDto, @Req() request: FastifyRequest): Promise<ApplicationView> {
    return this.applications.decline(actor, params.id, body.reason, request);
  }
}
