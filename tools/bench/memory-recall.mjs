// Recall of the memory's trigram candidates on Chinese, which has no spaces: each sentence of
// the Chinese fixtures is edited seven ways, and of the (entry, edited query) pairs the
// engine would suggest (character similarity >= 0.6) we count those pg_trgm's `%` returns at
// each threshold (`%` returns exactly the rows whose similarity() reaches it, index or not).
// Run after `npm run build`: DATABASE_URL=postgres://…/any-database-with-pg_trgm node tools/bench/memory-recall.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import pg from 'pg';
const require = createRequire(import.meta.url);
const { segmentMarkdown } = require('../../dist/libs/documents/src/domain/segmenter.js');
const { similarity } = require('../../dist/libs/documents/src/domain/similarity.js');
const { stripPlaceholders } = require('../../dist/libs/documents/src/domain/placeholders.js');
const sentences = [];
for (const f of ['project-description.zh-CN.md', 'methodology-section.zh-CN.md', 'project-description.v2.zh-CN.md']) {
  const seg = await segmentMarkdown(readFileSync(new URL(`../../test/fixtures/documents/${f}`, import.meta.url), 'utf8'), 'zh-CN');
  for (const s of seg.segments) {
    const t = stripPlaceholders(s.text);
    if ([...t].length >= 6 && !sentences.includes(t)) sentences.push(t);
  }
}
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const ch = () => HAN[Math.floor(rnd() * HAN.length)];
const edits = {
  'substitute 1': (s) => {
    const a = [...s];
    a[Math.floor(rnd() * (a.length - 1))] = ch();
    return a.join('');
  },
  'substitute 3 apart': (s) => {
    const a = [...s];
    for (let k = 0; k < 3; k++) a[Math.floor(rnd() * (a.length - 1))] = ch();
    return a.join('');
  },
  'insert 3': (s) => {
    const a = [...s];
    a.splice(Math.floor(rnd() * a.length), 0, ch(), ch(), ch());
    return a.join('');
  },
  'delete 4': (s) => {
    const a = [...s];
    a.splice(Math.floor(rnd() * Math.max(1, a.length - 4)), 4);
    return a.join('');
  },
  'numbers changed': (s) => s.replace(/\d+(?:\.\d+)?/g, (d) => String(Number(d) * 2 + 1)),
  'clause appended': (s) => s.replace(/。$/, '') + '，并由市政府负责监测。',
  'first 70%': (s) => {
    const a = [...s];
    return a.slice(0, Math.ceil(a.length * 0.7)).join('');
  },
};
const pairs = [];
for (const s of sentences)
  for (const [kind, edit] of Object.entries(edits)) {
    const q = edit(s);
    if (q === s) continue;
    pairs.push({ kind, entry: s, query: q, engine: similarity(s, q) });
  }
const db = new pg.Client(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
await db.connect();
const { rows } = await db.query(
  `SELECT similarity(e, q) AS trgm, word_similarity(e, q) AS wq, word_similarity(q, e) AS we FROM unnest($1::text[], $2::text[]) AS v(e, q)`,
  [pairs.map((p) => p.entry), pairs.map((p) => p.query)],
);
rows.forEach((r, i) => Object.assign(pairs[i], r));
const shown = pairs.filter((p) => p.engine >= 0.6);
console.log(`${sentences.length} sentences, ${pairs.length} edited queries, ${shown.length} the engine would show (similarity >= 0.6)`);
for (const t of [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
  const byKind = {};
  for (const p of shown) {
    byKind[p.kind] ??= [0, 0];
    byKind[p.kind][1]++;
    if (p.trgm >= t) byKind[p.kind][0]++;
  }
  const hit = shown.filter((p) => p.trgm >= t).length;
  console.log(
    `similarity % ${t}: recall ${((100 * hit) / shown.length).toFixed(1)}% (${hit}/${shown.length}) ` +
      Object.entries(byKind)
        .map(([k, [h, n]]) => `${k} ${h}/${n}`)
        .join(', '),
  );
}
const missed = shown.filter((p) => p.trgm < 0.3).slice(0, 5);
for (const p of missed) console.log('missed at 0.3:', p.kind, p.engine.toFixed(2), Number(p.trgm).toFixed(2), p.entry, '→', p.query);
await db.end();
