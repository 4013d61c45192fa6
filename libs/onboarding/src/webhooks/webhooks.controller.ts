import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, SignedIn } from '@bluecarbon/identity';
import { etagOf, Idempotent, type Page } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { CreateWebhookDto, DeliveryQuery, UpdateWebhookDto } from '../dto/webhook.dto';
import type { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { type WebhookView, WebhooksService } from './webhooks.service';

@ApiTags('onboarding')
@Controller('onboarding/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Idempotent({ unstored: ['secret'] })
  @SignedIn()
  @ApiOperation({ summary: "Subscribe one of your organisations to onboarding events; the answer holds the signing secret, once" })
  async create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateWebhookDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookView & { secret: string }> {
    const subscription = await this.webhooks.create(actor, body, request);
    reply.header('ETag', etagOf(subscription.version)).header('Location', `/api/v1/onboarding/webhooks/${subscription.id}`);
    return subscription;
  }

  @Get()
  @SignedIn()
  list(@CurrentActor() actor: AuthenticatedActor): Promise<WebhookView[]> {
    return this.webhooks.list(actor);
  }

  @Patch(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Change the URL, the event types, or pause it; If-Match required' })
  async update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Body() body: UpdateWebhookDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookView> {
    const subscription = await this.webhooks.update(actor, params.id, body, ifMatch, request);
    reply.header('ETag', etagOf(subscription.version));
    return subscription;
  }

  @Get(':id/deliveries')
  @SignedIn()
  @ApiOperation({ summary: 'Delivery log: every event sent, attempts, last HTTP status, delivered or dead' })
  deliveries(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: IdParams,
    @Query() query: DeliveryQuery,
    @Req() request: FastifyRequest,
  ): Promise<Page<WebhookDelivery>> {
    return this.webhooks.deliveries(actor, params.id, query, request);
  }
}
