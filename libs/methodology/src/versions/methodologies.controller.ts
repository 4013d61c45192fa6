import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type ActorContext, type AuthenticatedActor, Ctx, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { ApiPageResponse, FREE_FORM_OBJECT, IfMatch, type Page, PageQuery, VersionedResponse } from '@bluecarbon/platform';
import type { VersionDiff } from '../domain/diff';
import { CalculationService } from '../calculation/calculation.service';
import { CalculateDto } from '../dto/calculate.dto';
import { KeyParams, VersionParams } from '../dto/common.dto';
import { CreateTemplateDto, TemplateResponse } from '../dto/template.dto';
import type { MethodologyTemplate } from '../entities/methodology-template.entity';
import { CreateVersionDto, DiffQuery, UpdateVersionDto, VersionResponse } from '../dto/version.dto';
import { VersionDiffResponse } from '../dto/views.dto';
import { TemplatesService } from '../templates/templates.service';
import { VersionStore } from './version-store.service';
import { versionView } from './version-view';
import { VersionsService } from './versions.service';

@ApiTags('methodology')
@Controller('methodologies')
export class MethodologiesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly versions: VersionsService,
    private readonly store: VersionStore,
    private readonly calculation: CalculationService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Methodologies with the versions the caller may see' })
  @ApiPageResponse(TemplateResponse)
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: PageQuery): Promise<Page<TemplateResponse>> {
    const page = await this.templates.list(query);
    const items = await Promise.all(page.items.map(async (template) => this.templateView(actor, template)));
    return { items, nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'methodology')
  @ApiOperation({ summary: 'Create a methodology (stewards and admins)' })
  @ApiCreatedResponse({ type: TemplateResponse })
  async create(@Ctx() ctx: ActorContext, @Body() body: CreateTemplateDto): Promise<TemplateResponse> {
    return this.templateView(ctx.actor, await this.templates.create(ctx, body));
  }

  @Get(':key')
  @SignedIn()
  @ApiOperation({ summary: 'A methodology with the versions the caller may see' })
  @ApiOkResponse({ type: TemplateResponse })
  async get(@CurrentActor() actor: AuthenticatedActor, @Param() params: KeyParams): Promise<TemplateResponse> {
    return this.templateView(actor, await this.store.template(params.key));
  }

  @Get(':key/diff')
  @SignedIn()
  @ApiOperation({ summary: 'Parameters, formulas, constants, inputs and sections added, removed or changed between two versions' })
  @ApiOkResponse({ type: VersionDiffResponse })
  async diff(@Ctx() ctx: ActorContext, @Param() params: KeyParams, @Query() query: DiffQuery): Promise<VersionDiff> {
    return this.versions.diff(ctx, params.key, query.from, query.to);
  }

  @Post(':key/versions')
  @RequirePermission('create', 'methodology')
  @ApiOperation({ summary: 'Start a draft version: from the given content, a named version, or the latest published one' })
  @VersionedResponse({ type: VersionResponse, field: 'editVersion', status: 201, location: '/api/v1/methodologies/:methodologyKey/versions/:version' })
  async createDraft(@Ctx() ctx: ActorContext, @Param() params: KeyParams, @Body() body: CreateVersionDto): Promise<VersionResponse> {
    return versionView(await this.versions.createDraft(ctx, params.key, body));
  }

  @Get(':key/versions/:version')
  @SignedIn()
  @ApiOperation({ summary: 'A version: its content, checksum once published, and what validation says of it now' })
  @VersionedResponse({ type: VersionResponse, field: 'editVersion' })
  async getVersion(@Ctx() ctx: ActorContext, @Param() params: VersionParams): Promise<VersionResponse> {
    return versionView(await this.versions.get(ctx, params.key, params.version));
  }

  @Put(':key/versions/:version')
  @RequirePermission('update', 'methodology')
  @ApiOperation({ summary: 'Replace a draft’s content (If-Match); a published version never changes (409)' })
  @ApiConflictResponse({ description: 'The version is published' })
  @VersionedResponse({ type: VersionResponse, field: 'editVersion' })
  async updateDraft(
    @Ctx() ctx: ActorContext,
    @Param() params: VersionParams,
    @Body() body: UpdateVersionDto,
    @IfMatch() ifMatch: number,
  ): Promise<VersionResponse> {
    return versionView(await this.versions.updateDraft(ctx, params.key, params.version, body, ifMatch));
  }

  @Post(':key/versions/:version/publish')
  @HttpCode(200)
  @RequirePermission('publish', 'methodology')
  @ApiOperation({ summary: 'Validate (422 names every issue with its path) and freeze a draft under its checksum; If-Match' })
  @ApiUnprocessableEntityResponse({ description: 'The content does not validate: every issue with its path' })
  @VersionedResponse({ type: VersionResponse, field: 'editVersion' })
  async publish(@Ctx() ctx: ActorContext, @Param() params: VersionParams, @IfMatch() ifMatch: number): Promise<VersionResponse> {
    return versionView(await this.versions.publish(ctx, params.key, params.version, ifMatch));
  }

  @Post(':key/versions/:version/deprecate')
  @HttpCode(200)
  @RequirePermission('publish', 'methodology')
  @ApiOperation({ summary: 'Mark a published version deprecated (still readable and calculable); If-Match' })
  @VersionedResponse({ type: VersionResponse, field: 'editVersion' })
  async deprecate(@Ctx() ctx: ActorContext, @Param() params: VersionParams, @IfMatch() ifMatch: number): Promise<VersionResponse> {
    return versionView(await this.versions.deprecate(ctx, params.key, params.version, ifMatch));
  }

  @Post(':key/versions/:version/calculate')
  @HttpCode(200)
  @Header('Content-Type', 'application/json; charset=utf-8') // the calculation thread sends JSON text
  @SignedIn()
  @ApiOperation({
    summary:
      'Run the version over a project: every formula per stratum and year, the values used and where each came from, creditable tCO2e (rounded down once, at the end), value estimates',
  })
  @ApiOkResponse({
    schema: { ...FREE_FORM_OBJECT, description: 'Per stratum and year: every formula, the values used and their source; the creditable tCO2e' },
  })
  @ApiUnprocessableEntityResponse({ description: 'The inputs do not allow a calculation, or it is too large' })
  async calculate(@Ctx() ctx: ActorContext, @Param() params: VersionParams, @Body() body: CalculateDto): Promise<string> {
    return this.calculation.calculate(ctx, params.key, params.version, body);
  }

  private async templateView(actor: AuthenticatedActor, template: MethodologyTemplate): Promise<TemplateResponse> {
    const versions = await this.versions.visibleVersions(actor, template);
    return {
      id: template.id,
      key: template.key,
      title: template.title,
      stewardOrganisationId: template.stewardOrganisationId,
      versions: versions.map((row) => ({ version: row.semver, status: row.status, checksum: row.checksum, publishedAt: row.publishedAt })),
    };
  }
}
