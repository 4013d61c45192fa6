import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, DomainEvents, InvitationsService, OrganisationsService } from '@bluecarbon/identity';
import { sharedResource } from '../access/projects-access';
import type { RegisterBuyerOrganisationDto } from '../dto/auction.dto';
import { SalesRepository } from '../repositories/sales.repository';
import { toBuyerView } from '../sales/sales-view';
import { BuyerRegistrationView } from './buyer-registration-view';

/**
 * A buyer that bids: the steward registers it as an identity organisation of kind `buyer`,
 * linked to a buyer of the directory (so the sale made at an auction's close names it), and
 * invites its contact as the first bidder, in one transaction.
 */
@Injectable()
export class BuyerOrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly sales: SalesRepository,
  ) {}

  async register(ctx: ActorContext, input: RegisterBuyerOrganisationDto): Promise<BuyerRegistrationView> {
    await this.access.assert(ctx, 'create', sharedResource('buyer'));
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.createBuyerOrganisation(manager, ctx.actor, { name: input.name }, ctx);
      const buyer = await this.sales.insertBuyer(manager, {
        name: input.name,
        country: input.country ?? null,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        publicConsent: input.publicConsent ?? false,
        organisationId: organisation.id,
        createdBy: ctx.actor.userId,
      });
      const view = toBuyerView(buyer);
      await this.events.record(manager, {
        type: 'projects.buyer.created',
        actor: ctx.actor,
        context: ctx,
        subjectType: 'buyer',
        subjectId: buyer.id,
        jurisdiction: null,
        after: view,
        payload: { buyerId: buyer.id, organisationId: organisation.id },
      });
      const invitation = await this.invitations.inviteWithin(
        manager,
        ctx.actor,
        organisation.id,
        { email: input.contactEmail, role: 'bidder', locale: input.locale ?? ctx.locale },
        ctx,
      );
      return { ...view, invitationId: invitation.id };
    });
  }
}
