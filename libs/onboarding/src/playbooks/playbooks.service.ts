import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { insertedId, Problems, translate, updateVersioned } from '@bluecarbon/platform';
import { seesAllPartners } from '../access/onboarding-access';
import type { PlaybookDefinition } from '../domain/playbook-definition';
import { validatePlaybook } from '../domain/playbook-validation';
import { SHENZHEN_PLAYBOOK, SHENZHEN_PLAYBOOK_KEY } from '../domain/shenzhen-playbook';
import type { CreatePlaybookDraftDto, UpdatePlaybookDraftDto } from '../dto/playbook.dto';
import { Playbook } from '../entities/playbook.entity';
import { OnboardingProblems } from '../onboarding-errors';
import { OnboardingEvents } from '../onboarding-events.service';
import { PlaybooksRepository } from '../repositories/playbooks.repository';

const RESOURCE = 'playbook';

@Injectable()
export class PlaybooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: OnboardingEvents,
    private readonly playbooks: PlaybooksRepository,
  ) {}

  /** Published versions for everyone; drafts only for those who write playbooks or follow all partners. */
  async list(actor: AuthenticatedActor): Promise<Playbook[]> {
    const rows = await this.dataSource.getRepository(Playbook).find({ order: { key: 'ASC', playbookVersion: 'DESC' } });
    return rows.filter((row) => row.status === 'published' || seesAllPartners(actor));
  }

  async get(ctx: ActorContext, id: string): Promise<Playbook> {
    const { actor } = ctx;
    const playbook = await this.dataSource.getRepository(Playbook).findOneBy({ id });
    if (!playbook) throw Problems.notFound(RESOURCE);
    if (playbook.status === 'draft' && !seesAllPartners(actor)) {
      await this.access.recordDenial(ctx, { action: 'read', resource: RESOURCE, subjectId: id, decision: 'not_found' });
      throw Problems.notFound(RESOURCE);
    }
    return playbook;
  }

  /** A new draft version: from the given definition, or a copy of the latest published one. */
  async createDraft(ctx: ActorContext, input: CreatePlaybookDraftDto): Promise<Playbook> {
    const { actor } = ctx;
    await this.access.assert(ctx, 'create', { kind: RESOURCE });
    return this.dataSource.transaction(async (manager) => {
      const draftId = await this.playbooks.draftId(manager, input.key);
      if (draftId) throw Problems.conflict(RESOURCE, { existingDraftId: draftId });
      const latest = await this.latestPublished(manager, input.key);
      const definition = (input.definition as PlaybookDefinition | undefined) ?? latest?.definition;
      if (!definition) throw Problems.notFound(RESOURCE);
      const playbookVersion = await this.playbooks.nextVersion(manager, input.key);
      const inserted = await manager.insert(Playbook, {
        key: input.key,
        playbookVersion,
        status: 'draft',
        definition: structuredClone(definition),
        createdBy: actor.userId,
      });
      const created = await manager.findOneByOrFail(Playbook, { id: insertedId(inserted) });
      await this.events.record(manager, {
        type: 'onboarding.playbook.drafted',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: created.id,
        partner: null,
        after: { key: created.key, playbookVersion: created.playbookVersion },
        payload: { playbookId: created.id, key: created.key, playbookVersion: created.playbookVersion },
      });
      return created;
    });
  }

  async updateDraft(ctx: ActorContext, id: string, input: UpdatePlaybookDraftDto, ifMatch: number): Promise<Playbook> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    await this.access.assert(ctx, 'update', { kind: RESOURCE }, id);
    if (current.status === 'published') throw OnboardingProblems.playbookPublished();
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Playbook, id, ifMatch, { definition: input.definition as never }, RESOURCE);
      await this.events.record(manager, {
        type: 'onboarding.playbook.updated',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: id,
        partner: null,
        before: { definition: current.definition },
        after: { definition: updated.definition },
        payload: { playbookId: id, key: updated.key, playbookVersion: updated.playbookVersion },
      });
      return updated;
    });
  }

  /** Validates the whole definition (every issue named, cycles as paths) and freezes it. */
  async publish(ctx: ActorContext, id: string, ifMatch: number): Promise<Playbook> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    await this.access.assert(ctx, 'publish', { kind: RESOURCE }, id);
    if (current.status === 'published') throw OnboardingProblems.playbookPublished();
    const locale = ctx.locale;
    const issues = validatePlaybook(current.definition);
    if (issues.length) {
      throw OnboardingProblems.playbookInvalid(
        issues.map((issue) => ({ ...issue, message: translate(locale, `onboarding.playbookIssues.${issue.code}`, issue.params) })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const published = await updateVersioned(
        manager,
        Playbook,
        id,
        ifMatch,
        { status: 'published', publishedAt: new Date(), publishedBy: actor.userId },
        RESOURCE,
      );
      await this.events.record(manager, {
        type: 'onboarding.playbook.published',
        actor,
        context: ctx,
        subjectType: RESOURCE,
        subjectId: id,
        partner: null,
        after: { key: published.key, playbookVersion: published.playbookVersion },
        payload: { playbookId: id, key: published.key, playbookVersion: published.playbookVersion },
      });
      return published;
    });
  }

  async latestPublished(manager: EntityManager, key: string): Promise<Playbook | null> {
    return manager.findOne(Playbook, { where: { key, status: 'published' }, order: { playbookVersion: 'DESC' } });
  }

  /**
   * The playbook new cases start from: the latest published Shenzhen model version, published
   * as version 1 from the shipped definition the first time a case needs it.
   */
  async defaultForNewCase(manager: EntityManager): Promise<Playbook> {
    const latest = await this.latestPublished(manager, SHENZHEN_PLAYBOOK_KEY);
    if (latest) return latest;
    await this.playbooks.publishFirstVersion(manager, SHENZHEN_PLAYBOOK_KEY, SHENZHEN_PLAYBOOK);
    return (await this.latestPublished(manager, SHENZHEN_PLAYBOOK_KEY)) as Playbook;
  }
}
