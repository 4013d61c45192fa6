import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedActor, CurrentActor, RequirePermission, SignedIn } from '@bluecarbon/identity';
import { etagOf, type Page, PageQuery } from '@bluecarbon/platform';
import type { VersionDiff } from '../engine/diff';
import { CalculationService } from '../calculation/calculation.service';
import { CalculateDto } from '../dto/calculate.dto';
import { KeyParams, VersionParams } from '../dto/common.dto';
import { CreateTemplateDto, TemplateResponse } from '../dto/template.dto';
import type { MethodologyTemplate } from '../entities/methodology-template.entity';
import { CreateVersionDto, DiffQuery, UpdateVersionDto, VersionResponse } from '../dto/version.dto';
import { TemplatesService } from '../templates/templates.service';
import { VersionStore } from './version-store.service';
import { versionView } from './version-view';
import { type LoadedVersion, VersionsService } from './versions.service';

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
  async list(@CurrentActor() actor: AuthenticatedActor, @Query() query: PageQuery): Promise<Page<TemplateResponse>> {
    const page = await this.templates.list(query);
    const items = await Promise.all(page.items.map(async (template) => this.templateView(actor, template)));
    return { items, nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('create', 'methodology')
  @ApiOperation({ summary: 'Create a methodology (stewards and admins)' })
  @ApiCreatedResponse({ type: TemplateResponse })
  async create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateTemplateDto, @Req() request: FastifyRequest): Promise<TemplateResponse> {
    return this.templateView(actor, await this.templates.create(actor, body, request));
  }

  @Get(':key')
  @SignedIn()
  @ApiOkResponse({ type: TemplateResponse })
  async get(@CurrentActor() actor: AuthenticatedActor, @Param() params: KeyParams): Promise<TemplateResponse> {
    return this.templateView(actor, await this.store.template(params.key));
  }

  @Get(':key/diff')
  @SignedIn()
  @ApiOperation({ summary: 'Parameters, formulas, constants, inputs and sections added, removed or changed between two versions' })
  async diff(@CurrentActor() actor: AuthenticatedActor, @Param() params: KeyParams, @Query() query: DiffQuery, @Req() request: FastifyRequest): Promise<VersionDiff> {
    return this.versions.diff(actor, params.key, query.from, query.to, request);
  }

  @Post(':key/versions')
  @RequirePermission('create', 'methodology')
  @ApiOperation({ summary: 'Start a draft version: from the given content, a named version, or the latest published one' })
  @ApiCreatedResponse({ type: VersionResponse })
  async createDraft(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: KeyParams,
    @Body() body: CreateVersionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VersionResponse> {
    const loaded = await this.versions.createDraft(actor, params.key, body, request);
    reply.header('Location', `/api/v1/methodologies/${params.key}/versions/${loaded.row.semver}`);
    return this.answer(loaded, reply);
  }

  @Get(':key/versions/:version')
  @SignedIn()
  @ApiOkResponse({ type: VersionResponse })
  async getVersion(@CurrentActor() actor: AuthenticatedActor, @Param() params: VersionParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<VersionResponse> {
    return this.answer(await this.versions.get(actor, params.key, params.version, request), reply);
  }

  @Put(':key/versions/:version')
  @RequirePermission('update', 'methodology')
  @ApiOperation({ summary: 'Replace a draft’s content (If-Match); a published version never changes (409)' })
  @ApiOkResponse({ type: VersionResponse })
  async updateDraft(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: VersionParams,
    @Body() body: UpdateVersionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VersionResponse> {
    return this.answer(await this.versions.updateDraft(actor, params.key, params.version, body, ifMatch, request), reply);
  }

  @Post(':key/versions/:version/publish')
  @HttpCode(200)
  @RequirePermission('publish', 'methodology')
  @ApiOperation({ summary: 'Validate (422 names every issue with its path) and freeze a draft under its checksum; If-Match' })
  @ApiOkResponse({ type: VersionResponse })
  async publish(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: VersionParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VersionResponse> {
    return this.answer(await this.versions.publish(actor, params.key, params.version, ifMatch, request), reply);
  }

  @Post(':key/versions/:version/deprecate')
  @HttpCode(200)
  @RequirePermission('publish', 'methodology')
  @ApiOperation({ summary: 'Mark a published version deprecated (still readable and calculable); If-Match' })
  @ApiOkResponse({ type: VersionResponse })
  async deprecate(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: VersionParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VersionResponse> {
    return this.answer(await this.versions.deprecate(actor, params.key, params.version, ifMatch, request), reply);
  }

  @Post(':key/versions/:version/calculate')
  @HttpCode(200)
  @Header('Content-Type', 'application/json; charset=utf-8') // the calculation thread sends JSON text
  @SignedIn()
  @ApiOperation({
    summary: 'Run the version over a project: every formula per stratum and year, the values used and where each came from, creditable tCO2e (rounded down once, at the end), value estimates',
  })
  async calculate(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() params: VersionParams,
    @Body() body: CalculateDto,
    @Req() request: FastifyRequest,
  ): Promise<string> {
    return this.calculation.calculate(actor, params.key, params.version, body, request);
  }

  private answer(loaded: LoadedVersion, reply: FastifyReply): VersionResponse {
    reply.header('ETag', etagOf(loaded.row.version));
    return versionView(loaded);
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
