import { randomUUID } from 'node:crypto';
import { Body, Controller, type DynamicModule, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AuditService, createHttpApp, Idempotent, PlatformModule, Public } from '@bluecarbon/platform';
import { testConfig } from '../support/test-app';

class CreateNote {
  @IsString()
  @MaxLength(100)
  text!: string;
}

/** A create endpoint standing in for the domain ones: each call writes one audit row. */
@Public()
@Controller('test-notes')
class NotesController {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post()
  @Idempotent()
  async create(@Body() body: CreateNote) {
    const id = randomUUID();
    if (body.text === 'explode') throw new Error('handler failed');
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { action: 'test.note.created', subjectType: 'test-note', subjectId: id, after: body }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { id, text: body.text };
  }
}

@Module({})
class NotesApp {
  static forRoot(config: ReturnType<typeof testConfig>): DynamicModule {
    return { module: NotesApp, imports: [PlatformModule.forRoot(config, { http: true, runOutboxRelay: false, entities: [] })], controllers: [NotesController] };
  }
}

describe('Idempotency-Key on POST', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    // Behind one trusted proxy: X-Forwarded-For tells anonymous clients apart.
    const config = testConfig({ TRUST_PROXY: '1' });
    app = await createHttpApp(NotesApp.forRoot(config) as never, config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    dataSource = app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => app.close());

  const created = async (text: string) =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'test.note.created' AND after->>'text' = $1`, [text]))[0].n);

  it('replays the first answer to a retry and creates nothing twice', async () => {
    const key = `retry-${randomUUID()}`;
    const text = `note ${randomUUID()}`;
    const first = await request(app.getHttpServer()).post('/api/v1/test-notes').set('Idempotency-Key', key).send({ text }).expect(201);
    const retry = await request(app.getHttpServer()).post('/api/v1/test-notes').set('Idempotency-Key', key).send({ text }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await created(text)).toBe(1);
  });

  it('refuses the same key with a different body (422) and changes nothing', async () => {
    const key = `reuse-${randomUUID()}`;
    await request(app.getHttpServer())
      .post('/api/v1/test-notes')
      .set('Idempotency-Key', key)
      .send({ text: 'a' + key })
      .expect(201);
    const reused = await request(app.getHttpServer())
      .post('/api/v1/test-notes')
      .set('Idempotency-Key', key)
      .set('Accept-Language', 'pt-BR')
      .send({ text: 'b' + key });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(reused.body.title).toBe('Idempotency-Key reutilizada');
    expect(await created('b' + key)).toBe(0);
  });

  it('keeps anonymous callers apart: the same key from another client neither replays nor conflicts', async () => {
    const key = `shared-${randomUUID()}`;
    const text = `shared ${randomUUID()}`;
    const post = (client: string, body: object) =>
      request(app.getHttpServer()).post('/api/v1/test-notes').set('X-Forwarded-For', client).set('Idempotency-Key', key).send(body);
    const first = await post('203.0.113.10', { text }).expect(201);
    const other = await post('203.0.113.20', { text }).expect(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(other.body.id).not.toBe(first.body.id);
    await post('203.0.113.30', { text: `other ${text}` }).expect(201);
    const retry = await post('203.0.113.10', { text }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await created(text)).toBe(2);
  });

  it('lets concurrent duplicates through only once', async () => {
    const key = `race-${randomUUID()}`;
    const text = `race ${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => request(app.getHttpServer()).post('/api/v1/test-notes').set('Idempotency-Key', key).send({ text })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual(expect.arrayContaining([201]));
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
    expect(await created(text)).toBe(1);
  });

  it('forgets the key when the first attempt fails, so a retry can succeed', async () => {
    const key = `fail-${randomUUID()}`;
    await request(app.getHttpServer()).post('/api/v1/test-notes').set('Idempotency-Key', key).send({ text: 'explode' }).expect(500);
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM idempotency_record WHERE key = $1`, [key]);
    expect(row.n).toBe(0);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const response = await request(app.getHttpServer()).post('/api/v1/test-notes').set('Idempotency-Key', 'x').send({ text: 'y' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('leaves requests without the header alone', async () => {
    const text = `plain ${randomUUID()}`;
    await request(app.getHttpServer()).post('/api/v1/test-notes').send({ text }).expect(201);
    await request(app.getHttpServer()).post('/api/v1/test-notes').send({ text }).expect(201);
    expect(await created(text)).toBe(2);
  });
});
