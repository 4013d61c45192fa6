import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, Idempotent, IfMatch, type Page, VersionedResponse } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { CreatedWebhookResponse, DeliveryResponse, WebhookResponse } from '../dto/views.dto';
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
  @ApiOperation({ summary: 'Subscribe one of your organisations to onboarding events; the answer holds the signing secret, once' })
  @VersionedResponse({ type: CreatedWebhookResponse, status: 201, location: '/api/v1/onboarding/webhooks/:id' })
  create(@Ctx() ctx: ActorContext, @Body() body: CreateWebhookDto): Promise<WebhookView & { secret: string }> {
    return this.webhooks.create(ctx, body);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: "Webhook subscriptions of the caller's organisations" })
  @ApiOkResponse({ type: [WebhookResponse] })
  list(@CurrentActor() actor: AuthenticatedActor): Promise<WebhookView[]> {
    return this.webhooks.list(actor);
  }

  @Patch(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Change the URL, the event types, or pause it; If-Match required' })
  @VersionedResponse({ type: WebhookResponse })
  update(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: UpdateWebhookDto, @IfMatch() ifMatch: number): Promise<WebhookView> {
    return this.webhooks.update(ctx, params.id, body, ifMatch);
  }

  @Get(':id/deliveries')
  @SignedIn()
  @ApiOperation({ summary: 'Delivery log: every event sent, attempts, last HTTP status, delivered or dead' })
  @ApiPageResponse(DeliveryResponse)
  deliveries(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: DeliveryQuery): Promise<Page<WebhookDelivery>> {
    return this.webhooks.deliveries(ctx, params.id, query);
  }
}
