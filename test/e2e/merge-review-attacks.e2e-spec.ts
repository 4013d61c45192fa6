import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { MIGRATIONS } from '@bluecarbon/platform';
import { createCast, dataSourceOf, signedInMember, type SignedInUser } from '../support/identity-fixtures';
import { createDocument, saveTranslation, segmentsOf, translationPath, twoCitiesAndATeam } from '../support/documents-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { auctionOf, bidderOf } from '../support/projects-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const HAN = /\p{Script=Han}/u;
const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/**
 * An outside tester's attacks on the revisions, review comments, glossary search, UI string
 * namespaces and auction standing of one merge: bad input is a 4xx problem naming its field
 * in the caller's language, and the migration's backfill agrees with the bids it read.
 */
describe(`merge review: attacks on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let api: TestApi;
  let coordinator: SignedInUser;
  let translator: SignedInUser;
  let reviewer: SignedInUser;
  let documentId: string;

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    const cities = await twoCitiesAndATeam(api);
    coordinator = cities.coordinator;
    translator = await signedInMember(api, cities.team, 'translator', { locales: ['zh-CN'] });
    reviewer = await signedInMember(api, cities.team, 'reviewer', { locales: ['zh-CN'] });
    documentId = (await createDocument(api, coordinator.auth, { jurisdictionCode: cities.enping.jurisdictionCode, markdown: 'One.\n\nTwo.\n' })).id;
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('refuses a forged cursor beyond any revision number or segment ordinal (an int) as invalid_cursor, not as a database error', async () => {
    for (const sortKey of ['2147483648', '99999999999', '-99999999999']) {
      for (const [path, query, id] of [
        [`/api/v1/documents/${documentId}/revisions`, {}, ''],
        [`/api/v1/documents/${documentId}/segments`, { locale: 'zh-CN' }, '00000000-0000-0000-0000-000000000000'],
      ] as const) {
        const refused = await request(api.server)
          .get(path)
          .query({ ...query, cursor: cursorOf([sortKey, id]) })
          .set(translator.auth)
          .set('Accept-Language', 'pt-BR')
          .expect(400);
        expect(refused.body).toMatchObject({ code: 'invalid_cursor', title: 'Cursor inválido' });
      }
    }
    // The cursors the API issues still read back: one segment a page.
    const first = await request(api.server)
      .get(`/api/v1/documents/${documentId}/segments`)
      .query({ locale: 'zh-CN', limit: 1 })
      .set(translator.auth)
      .expect(200);
    const second = await request(api.server)
      .get(`/api/v1/documents/${documentId}/segments`)
      .query({ locale: 'zh-CN', limit: 1, cursor: first.body.nextCursor })
      .set(translator.auth)
      .expect(200);
    expect([...first.body.items, ...second.body.items].map((row: { sourceText: string }) => row.sourceText)).toEqual(['One.', 'Two.']);
  });

  it('refuses a NUL character in a key of an imported file, naming the key, and writes nothing', async () => {
    for (const [file, field] of [
      [{ 'a\u0000b': 'x' }, 'a\\u0000b'],
      [{ group: { 'b\u0000': 'x' } }, 'group.b\\u0000'],
    ] as const) {
      const refused = await request(api.server)
        .put('/api/v1/ui-strings/attack-ns/zh-CN')
        .set(translator.auth)
        .set('Accept-Language', 'zh-CN')
        .send(file)
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field, rule: 'noNulCharacter' })]);
      expect(refused.body.errors[0].message).toMatch(HAN);
    }
    const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM ui_string WHERE namespace = 'attack-ns'`);
    expect(count).toBe(0);
  });

  it('refuses an imported key too long to index with 400 naming it in the caller’s language, never a 500, and writes nothing', async () => {
    const key = randomBytes(1500).toString('hex');
    const refused = await request(api.server)
      .put('/api/v1/ui-strings/long-keys/zh-CN')
      .set(translator.auth)
      .set('Accept-Language', 'zh-CN')
      .send({ [key]: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'documents_i18next_invalid', reason: 'badKey' });
    expect(refused.body.detail).toMatch(HAN);
    expect(refused.body.detail).toContain(key.slice(0, 256));
    const [{ count }] = await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM ui_string WHERE namespace = 'long-keys'`);
    expect(count).toBe(0);
  });

  it('refuses a lone UTF-16 surrogate in a comment or an imported key, naming the field in the caller’s language', async () => {
    // A query string cannot carry one: percent-encoded UTF-8 has no lone surrogates.
    const row = (await segmentsOf(api, documentId, 'zh-CN', translator.auth))[1];
    const saved = (await saveTranslation(api, translator.auth, documentId, row, 'zh-CN', '二。').expect(200)).body;
    const comment = await request(api.server)
      .post(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/review`)
      .set(reviewer.auth)
      .set('If-Match', `"${saved.version}"`)
      .set('Accept-Language', 'pt-BR')
      .send({ decision: 'rejected', comment: 'broken \ud800 text' })
      .expect(400);
    expect(comment.body.errors).toEqual([expect.objectContaining({ field: 'comment', rule: 'wellFormedText' })]);
    expect(comment.body.errors[0].message).toMatch(/^comment contém um caractere corrompido/);
    const key = await request(api.server)
      .put('/api/v1/ui-strings/surrogates/zh-CN')
      .set(translator.auth)
      .set('Accept-Language', 'zh-CN')
      .send({ 'title\udc00': '标题' })
      .expect(400);
    expect(key.body.errors).toEqual([expect.objectContaining({ field: 'title\\udc00', rule: 'wellFormedText' })]);
    expect(key.body.errors[0].message).toMatch(HAN);
    // A character beyond the BMP is a surrogate pair, not a lone one.
    await request(api.server).put('/api/v1/ui-strings/surrogates/zh-CN').set(translator.auth).send({ title: '🌿 标题' }).expect(200);
  });

  it('refuses a rejection whose reason shows nothing (zero-width or control characters only), naming comment in zh-CN and pt-BR', async () => {
    const row = (await segmentsOf(api, documentId, 'zh-CN', translator.auth))[0];
    const saved = (await saveTranslation(api, translator.auth, documentId, row, 'zh-CN', '一。').expect(200)).body;
    for (const [comment, language, script] of [
      ['\u200b', 'zh-CN', HAN],
      ['\u200b\u2060\ufeff', 'pt-BR', /comment/],
      ['\u0007\u0007', 'zh-CN', HAN],
      ['\u001b[31m', 'pt-BR', /comment/],
    ] as const) {
      const refused = await request(api.server)
        .post(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/review`)
        .set(reviewer.auth)
        .set('If-Match', `"${saved.version}"`)
        .set('Accept-Language', language)
        .send({ decision: 'rejected', comment })
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);
      expect(refused.body.errors[0].message).toMatch(script);
    }
    const kept = await request(api.server)
      .post(`${translationPath(documentId, saved.segmentId, 'zh-CN')}/review`)
      .set(reviewer.auth)
      .set('If-Match', `"${saved.version}"`)
      .send({ decision: 'rejected', comment: '  第一行\n第二行\t(tab)  ' })
      .expect(200);
    expect(kept.body.rejectionComment).toBe('第一行\n第二行\t(tab)');
  });

  it('answers 30+ bad inputs to the new endpoints with a 4xx problem in the caller’s language, never a 500', async () => {
    const { auctionId } = await auctionOf(api, (await createCast(api)).own);
    const revisions = `/api/v1/documents/${documentId}/revisions`;
    const probes: [string, Record<string, unknown>][] = [
      ...['0', '-1', '101', 'abc', '', '2.5'].map((limit): [string, Record<string, unknown>] => [revisions, { limit }]),
      ...[cursorOf([1, '']), cursorOf(['1']), 'a'.repeat(513), '!!!', cursorOf(['x; DROP TABLE document', ''])].map(
        (cursor): [string, Record<string, unknown>] => [revisions, { cursor }],
      ),
      ...['-1', '1.5', '2147483648', 'two', '%00'].map((number): [string, Record<string, unknown>] => [`${revisions}/${number}`, {}]),
      [`/api/v1/documents/not-a-uuid/revisions`, {}],
      ...[
        { q: 'x'.repeat(201) },
        { q: '\u0000' },
        { q: ['a', 'b'] },
        { limit: '0' },
        { limit: '201' },
        { limit: 'abc' },
        { limit: ['1', '2'] },
        { offset: '-1' },
        { offset: '1000001' },
        { offset: '1e309' },
      ].map((query): [string, Record<string, unknown>] => ['/api/v1/glossary', query]),
      ...['Not_A', 'a'.repeat(65), '%00', '-x'].map((namespace): [string, Record<string, unknown>] => [`/api/v1/ui-strings/${namespace}`, {}]),
      ...[{ cursor: 'garbage' }, { cursor: cursorOf(['1', '00000000-0000-0000-0000-000000000000']) }, { cursor: cursorOf(['1', 'x']) }, { limit: '0' }].map(
        (query): [string, Record<string, unknown>] => [`/api/v1/auctions/${auctionId}/bids`, query],
      ),
    ];
    expect(probes.length).toBeGreaterThanOrEqual(30);
    for (const [path, query] of probes) {
      for (const [language, title] of [
        ['zh-CN', HAN],
        ['pt-BR', /inválid/],
      ] as const) {
        const answer = await request(api.server).get(path).query(query).set(translator.auth).set('Accept-Language', language);
        expect({ path, query, status: answer.status }).toEqual({ path, query, status: 400 });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body.title).toMatch(title);
        if (answer.body.code === 'validation_failed') expect(answer.body.errors[0].message).toMatch(language === 'zh-CN' ? HAN : /./);
      }
    }
  });

  it('keeps the standing true and sells the lot once when bids, the end and closes race', async () => {
    const cast = await createCast(api);
    const { auctionId, projectId } = await auctionOf(api, cast.own, { reserve: '183', increment: '1' });
    const crowd = [await bidderOf(api), await bidderOf(api), await bidderOf(api), await bidderOf(api)];
    const db = dataSourceOf(api);
    const close = () => request(api.server).post(`/api/v1/auctions/${auctionId}/close`).set(cast.users.steward.auth);
    let placed = 0;
    for (let round = 0; round < 3; round += 1) {
      const answers = await Promise.all([
        ...crowd.map((bidder, index) =>
          request(api.server)
            .post(`/api/v1/auctions/${auctionId}/bids`)
            .set(bidder.auth)
            .send({ amount: String(200 + round * 10 + index) }),
        ),
        // The last round: the auction ends while bids and closes are in flight.
        ...(round === 2 ? [db.query(`UPDATE credit_auction SET ends_at = clock_timestamp() WHERE id = $1`, [auctionId]), close(), close()] : []),
      ]);
      for (const answer of answers.slice(0, crowd.length) as request.Response[]) expect([201, 409, 422]).toContain(answer.status);
      placed += (answers.slice(0, crowd.length) as request.Response[]).filter((answer) => answer.status === 201).length;
    }
    const closes = await Promise.all([close(), close(), close()]);
    expect(closes.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(1);
    const [row] = await db.query(
      `SELECT a.status, a.bid_count AS count, a.best_bid_id = a.winning_bid_id AS "bestWon", a.best_amount = a.clearing_price AS "bestPrice",
              (SELECT count(*)::int FROM credit_bid b WHERE b.auction_id = a.id) AS bids,
              (SELECT id FROM credit_bid b WHERE b.auction_id = a.id ORDER BY amount DESC, placed_at, id LIMIT 1) = a.best_bid_id AS "bestTrue",
              (SELECT count(*)::int FROM credit_bid b WHERE b.auction_id = a.id AND b.placed_at > a.closed_at) AS "afterClose",
              (SELECT count(*)::int FROM credit_sale s WHERE s.project_id = $2) AS sales
         FROM credit_auction a WHERE a.id = $1`,
      [auctionId, projectId],
    );
    expect(row).toEqual({ status: 'closed', count: placed, bids: placed, bestWon: true, bestPrice: true, bestTrue: true, afterClose: 0, sales: 1 });
  });

  it("backfills an auction's count, best bid and bidder numbers from bids placed before the migration", async () => {
    const cast = await createCast(api);
    const ascending = (await auctionOf(api, cast.own)).auctionId;
    const sealed = (await auctionOf(api, cast.own, { mode: 'sealed' })).auctionId;
    const untouched = (await auctionOf(api, cast.own)).auctionId;
    const [first, second, third, late] = [await bidderOf(api), await bidderOf(api), await bidderOf(api), await bidderOf(api)];
    const db = dataSourceOf(api);
    const runner = db.createQueryRunner();
    const Migration = MIGRATIONS.find((candidate) => candidate.name === 'AuctionStanding1767750000000');
    if (!Migration) throw new Error('the auction standing migration is not registered');
    const migration = new Migration();
    try {
      await migration.down(runner);
      // As the old code wrote them: a buyer's number is that of its first bid; times have microseconds.
      const old = [
        [ascending, first, 1, '190', '2030-01-01 00:00:00.000001+00'],
        [ascending, second, 2, '195', '2030-01-01 00:00:01+00'],
        [ascending, first, 1, '200', '2030-01-01 00:00:02+00'],
        [ascending, third, 3, '201', '2030-01-01 00:00:03+00'],
        [sealed, second, 1, '300', '2030-01-01 00:00:00.000002+00'],
        [sealed, first, 2, '300', '2030-01-01 00:00:00.000001+00'],
        [sealed, third, 3, '250', '2030-01-01 00:00:00+00'],
      ] as const;
      for (const [auctionId, buyer, number, amount, at] of old) {
        await runner.query(`INSERT INTO credit_bid (auction_id, buyer_id, bidder_number, amount, placed_at) VALUES ($1, $2, $3, $4, $5)`, [
          auctionId,
          buyer.buyerId,
          number,
          amount,
          at,
        ]);
      }
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const standing = (id: string) =>
      db.query(
        `SELECT bid_count AS count, best_amount::text AS amount, b.buyer_id AS "bestBuyer", next_bidder_number AS next
           FROM credit_auction a LEFT JOIN credit_bid b ON b.id = a.best_bid_id WHERE a.id = $1`,
        [id],
      );
    expect(await standing(ascending)).toEqual([{ count: 4, amount: '201.000000', bestBuyer: third.buyerId, next: 4 }]);
    // Equal amounts: the earlier bid leads, by the microsecond.
    expect(await standing(sealed)).toEqual([{ count: 3, amount: '300.000000', bestBuyer: first.buyerId, next: 4 }]);
    expect(await standing(untouched)).toEqual([{ count: 0, amount: null, bestBuyer: null, next: 1 }]);
    const numbers = await db.query(
      `SELECT buyer_id AS buyer, bidder_number AS number FROM credit_auction_bidder WHERE auction_id = $1 ORDER BY bidder_number`,
      [ascending],
    );
    expect(numbers).toEqual([first, second, third].map((buyer, index) => ({ buyer: buyer.buyerId, number: index + 1 })));
    // The next bids go on from there: a known buyer keeps its number, a new one gets the next.
    await request(api.server).post(`/api/v1/auctions/${ascending}/bids`).set(first.auth).send({ amount: '202' }).expect(201);
    await request(api.server).post(`/api/v1/auctions/${ascending}/bids`).set(late.auth).send({ amount: '203' }).expect(201);
    const bids = (await request(api.server).get(`/api/v1/auctions/${ascending}/bids`).set(cast.users.steward.auth).expect(200)).body.items;
    expect(bids.slice(0, 2).map((bid: { amount: string; bidderNumber: number }) => [bid.amount, bid.bidderNumber])).toEqual([
      ['203', 4],
      ['202', 1],
    ]);
    const view = (await request(api.server).get(`/api/v1/auctions/${ascending}`).set(cast.users.steward.auth).expect(200)).body;
    expect(view).toMatchObject({ bidCount: 6, currentPrice: '203' });
  });
});
