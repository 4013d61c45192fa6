// Writes libs/identity/src/passwords/common-passwords.json: the passwords refused at sign-up.
//
// How it is built (honestly): BASE is written from memory of the top of well-known public
// lists of leaked passwords (the RockYou-derived "most common" lists, SecLists' top 10k,
// the NCSC's 100k list, yearly "worst passwords" articles). It is not a copy of any of them.
// Because the policy already refuses anything under 12 characters, the list then adds the
// systematic variants people use to reach a length rule: a common word or name with digits,
// years and symbols appended, doubled words, keyboard walks and digit runs. Only entries of
// 12 characters or more can ever matter, so shorter ones are dropped. Run with
// `node libs/identity/tools/generate-common-passwords.mjs` after editing the lists below.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm
asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas
hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn
555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda
summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor
matrix mobilemail mom monitor monitoring montana moon moscow welcome welcome1 admin administrator
passw0rd password1 password123 qwerty123 iloveyou1 abc12345 football1 baseball1 letmein1 master1
sunshine1 princess1 monkey1 dragon1 shadow1 superman1 trustno1 hello hello123 secret secret123
changeme changeme123 default guest login test test123 testing root toor user demo demo123 temp
temppass temp123 sample oracle mysql postgres postgresql database server system manager support
whatever whatever1 starwars1 pokemon pokemon1 naruto anime minecraft fortnite roblox youtube google
facebook twitter instagram linkedin microsoft apple samsung iphone android windows linux ubuntu
blink182 metallica nirvana eminem beyonce rihanna liverpool arsenal chelsea1 barcelona realmadrid
juventus manchester united lakers cowboys steelers patriots eagles packers yankees1 redsox
jesus jesus1 god godisgood blessed blessing angel angel1 angels heaven faith hope grace
lovely loveme lover loveyou mylove babygirl baby sweet sweetie honey sugar candy cookie chocolate
butterfly flower rainbow unicorn kitten kitty puppy doggy tiger lion eagle dolphin panda bear
orange banana apple cherry lemon mango peach strawberry pineapple coffee pizza
silver golden diamond crystal purple yellow green black white blue red pink
spring autumn winter summer1 sunday monday friday january december
qwerty1 qwerty12 qwertyu qwerty12345 asdf asdf1234 asdfghjkl zxcv 1q2w3e 1q2w3e4r 1q2w3e4r5t
q1w2e3r4 q1w2e3r4t5 1qazxsw2 zaq12wsx zaq1zaq1 qazwsxedc 1qaz2wsx3edc !qaz2wsx
aa123456 a123456 a12345678 abcd1234 abcdef abcdefg abcdefgh abc123456 123abc 123456a 123456q
11223344 12341234 123454321 147258369 147852369 159357 741852963 789456123 963852741 0987654321
1234qwer qwer1234 pass1234 pass123 password12 password1234 p@ssw0rd p@ssword passw0rd1
letmein123 welcome123 admin123 admin1234 root123 iloveu ihateyou fuckyou asshole
shenzhen shanghai beijing guangzhou guangdong china chinese woaini woaini1314 5201314 1314520
aini1314 zhangwei wangwei liwei wangfang liuyang zhongguo
brasil brazil saopaulo riodejaneiro flamengo corinthians palmeiras santos gremio vasco
senha senha123 mudar123 amor amorzinho meuamor eusouamor
mangrove mangroves bluecarbon carbon ocean coastal climate planet earth nature forest
portal bluecarbonportal iclei niteroi sergipe enping taishan
`;

const NAMES = `
michael jennifer jessica ashley amanda daniel matthew andrew joshua david james robert john
william richard joseph thomas charles christopher anthony mark donald steven paul kevin brian
george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry
tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
mary patricia linda barbara elizabeth susan margaret sarah karen nancy lisa betty dorothy sandra
emily donna michelle carol melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine catherine
debra rachel carolyn janet virginia maria heather diane julie joyce victoria kelly christina
lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria
jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise beverly
amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte
lucas mateus gabriel pedro rafael felipe gustavo bruno leonardo thiago rodrigo marcelo fernanda
juliana camila beatriz leticia mariana larissa bruna aline patricia
`;

const WORDS = `
password welcome letmein iloveyou sunshine princess football baseball dragon monkey shadow master
superman batman trustno1 starwars computer michelle jessica freedom whatever qwerty qwertyuiop
admin administrator changeme secret summer winter spring autumn hello love loveyou charlie
soccer hockey hunter ranger thunder matrix pokemon minecraft chocolate butterfly rainbow
internet security myspace samsung google microsoft spiderman liverpool chelsea arsenal barcelona
mangrove bluecarbon shenzhen guangdong brasil senha portal carbon ocean climate
`;

const SUFFIXES = [
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '!',
  '1!',
  '123!',
  '@123',
  '#1',
  '01',
  '007',
  '69',
  '99',
  '2',
  '11',
  '22',
  '77',
  '88',
  '666',
  '777',
  '1111',
  '2222',
];
const YEARS = [];
for (let year = 1980; year <= 2026; year += 1) YEARS.push(String(year));

const words = (text) =>
  text
    .split(/\s+/)
    .map((word) => word.trim())
    .filter(Boolean);
const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const out = new Set();
const add = (candidate) => {
  if ([...candidate].length >= 12) out.add(candidate.toLowerCase());
};

for (const word of words(BASE)) {
  add(word);
  for (const suffix of SUFFIXES) add(word + suffix);
  add(word + word);
}
for (const word of words(WORDS)) {
  for (const year of YEARS) {
    add(word + year);
    add(capitalise(word) + year + '!');
  }
  for (const suffix of SUFFIXES) add(capitalise(word) + suffix);
}
// Names reach 12 characters with a birth year or a short run of digits.
for (const name of words(NAMES)) {
  for (const year of YEARS.filter((year) => year < '2011')) add(name + year);
  for (const suffix of ['123456', '1234567', '12345678']) add(name + suffix);
}
// Keyboard walks and digit runs that people stretch to a length rule.
const walks = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5y6',
  'zaq12wsxcde3',
  '!qaz@wsx#edc',
  'qwertyuiopasdfghjkl',
  'asdfghjklqwertyuiop',
  'qwertyasdfgh',
  'asdfghzxcvbn',
  'qweasdzxc123',
  'qweasdzxcvbnm',
];
for (const walk of walks) {
  add(walk);
  for (const suffix of SUFFIXES) add(walk + suffix);
}
const digits = '12345678901234567890';
for (let length = 12; length <= 20; length += 1) {
  add(digits.slice(0, length));
  add('0987654321098765432109'.slice(0, length));
  for (const d of '0123456789') add(d.repeat(length));
}
for (const letter of 'abcdefghijklmnopqrstuvwxyz') add(letter.repeat(12));

const sorted = [...out].sort();
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/passwords/common-passwords.json');
writeFileSync(target, `${JSON.stringify(sorted, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`wrote ${sorted.length} passwords to ${path.relative(process.cwd(), target)}`);
