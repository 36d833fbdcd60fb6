import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/config.ts';
import { mergeEntities } from '../../src/reconcile/merge-entities.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

/** Entities of a plain fixture (real NLP stage), each as its sorted spellings. */
function spellings(name: string) {
  const { items } = loadPlainFixture(name);
  const merged = mergeEntities(items, reconcile);
  const all = merged.entities.map((e) => [e.name, ...e.aliases]);
  const holding = (text: string) => all.filter((s) => s.includes(text));
  return { all, holding, diagnostics: merged.diagnostics, entities: merged.entities };
}

const persons = spellings('aliases-persons');
const acronyms = spellings('aliases-acronyms');

test('diacritics, middle names, initials after a title and a lone surname are one person', () => {
  const [one, ...rest] = persons.holding('Tomaž Halvorsk');
  assert.equal(rest.length, 0);
  for (const s of ['Tomaz Halvorsk', 'T. R. Halvorsk', 'Tomaž Rurik Halvorsk', 'Halvorsk'])
    assert.ok(one.includes(s), `${s} in ${one}`);
});

test('a surname hyphenated, spaced or given in part, with a middle initial, is one person', () => {
  const [one] = persons.holding('Mireille Dost-Okana');
  for (const s of ['Mireille Dost Okana', 'Mireille Okana', 'Mireille K. Dost-Okana', 'Dost-Okana'])
    assert.ok(one.includes(s), `${s} in ${one}`);
});

test('a surname written in one word or two is one person', () => {
  assert.equal(persons.holding('Reza Dehnavi-Zand')[0].includes('Reza Dehnavizand'), true);
});

test('a nickname opening the given name joins the full name; titled spellings are kept as aliases', () => {
  const [one] = persons.holding('Leo Vantrell');
  for (const s of [
    'Leopold Vantrell',
    'Leopold A. Vantrell',
    'Dr. Leo Vantrell',
    'Prof. Leopold A. Vantrell',
  ])
    assert.ok(one.includes(s), `${s} in ${one}`);
  assert.notEqual(one[0], 'Dr. Leo Vantrell', 'a titled spelling is never the name');
});

test('zh, j and dj transliterations of one name are one person', () => {
  const [one] = persons.holding('Ilyas Zhemirov');
  assert.ok(one.includes('Ilyas Jemirov') && one.includes('I. Djemirov'), `${one}`);
});

test('two people sharing a surname stay apart; a bare surname of both is merged into neither', () => {
  const katrin = persons.holding('Katrin Solvang')[0];
  assert.ok(!katrin.includes('Pavel Solvang') && !katrin.includes('Solvang'), `${katrin}`);
  assert.ok(katrin.includes('K. Solvang'), 'an initial that fits one of them joins that one');
  assert.deepEqual(persons.holding('Solvang'), [['Solvang']]);
  assert.ok(persons.diagnostics.some((d) => d.code === 'PX504' && d.message.includes('"Solvang"')));
});

test('a lone surname after "Mr." and after "Ms." are two people', () => {
  const mr = persons.all.find((s) => s.includes('Mr. Ostrand'));
  assert.ok(mr && !mr.includes('Ms. Ostrand'), `${mr}`);
});

test('an initial that fits two full names joins neither', () => {
  assert.deepEqual(persons.holding('A. Marsk'), [['A. Marsk']]);
  assert.deepEqual(persons.holding('Anna Marsk'), [['Anna Marsk']]);
});

test('an acronym joins its long form from another outlet, across "and" and function words', () => {
  const [one] = acronyms.holding('VCCA');
  assert.ok(one.includes('Velmorian Competition and Consumer Authority'), `${one}`);
});

test('a part of the long form that is an acronym gives all its letters, however it is written', () => {
  const [one] = acronyms.holding('USVS');
  assert.ok(one.includes('US Velm Survey') && one.includes('United States Velm Survey'), `${one}`);
});

test('an acronym that spells two long forms joins neither', () => {
  assert.deepEqual(acronyms.holding('BFV'), [['BFV']]);
  assert.deepEqual(acronyms.holding('Board of Ferry Valuers'), [['Board of Ferry Valuers']]);
});

test('a model code is no long form of the letters in it', () => {
  assert.deepEqual(acronyms.holding('KX'), [['KX']]);
});

const shapes = spellings('aliases-real-shapes');

test('a village spelt three ways by three outlets is one place, typed from its context', () => {
  const [one, ...rest] = shapes.holding('Zeynabad');
  assert.equal(rest.length, 0);
  for (const s of ['Zainabad', 'Zeinabad']) assert.ok(one.includes(s), `${s} in ${one}`);
  assert.ok(!one.includes('Tarsan') && !one.includes('Gelvand'), 'villages listed together stay apart');
});

test('a lone given name or its short form joins the one person who has it; a shared one joins none', () => {
  const [radomir] = shapes.holding('Radomir Kestrel');
  assert.ok(radomir.includes('Radomir') && radomir.includes('Rado'), `${radomir}`);
  assert.ok(!radomir.includes('Vitomir Kestrel') && !radomir.includes('Kestrel'), `${radomir}`);
  assert.deepEqual(shapes.holding('Anna'), [['Anna']]);
  assert.ok(shapes.diagnostics.some((d) => d.code === 'PX504' && d.message.includes('"Anna"')));
});

test('a name opening with an acronym joins the name that writes the acronym out', () => {
  const [one] = shapes.holding('KNS Talvar');
  assert.ok(one.includes('Korvan Naval Ship Talvar'), `${one}`);
});

test('an organisation with words inserted is the same body; a compass or qualifier word makes another', () => {
  const [fire] = shapes.holding('Harven Fire Service');
  assert.ok(fire.includes('Harven Fire and Rescue Service'), `${fire}`);
  const [hotel] = shapes.holding('Marisol Hotel');
  assert.ok(hotel.includes('Marisol Grand Lagoon Hotel'), `${hotel}`);
  assert.deepEqual(shapes.holding('Bank of Velm'), [['Bank of Velm']]);
  assert.deepEqual(shapes.holding('University of Velm'), [['University of Velm']]);
});

test('a bare name joins the one name that opens with an acronym before it; a known place does not', () => {
  const [one] = shapes.holding('KNS Talvar');
  assert.ok(one.includes('Talvar'), `${one}`);
  const kenya = shapes.holding('Kenya');
  assert.ok(
    kenya.every((s) => !s.includes('MV Kenya')),
    `${kenya}`,
  );
});

test('a surname with a lower-case part before a hyphen is the surname written in one word', () => {
  const [one] = shapes.holding('Tahmin Daravelmi');
  assert.ok(one.includes('Tahmin dara-Velmi'), `${one}`);
});

test('a word mostly written as a place or before nouns is no given name, even when a "person" opens with it', () => {
  assert.deepEqual(shapes.holding('Velmani'), [['Velmani']]);
  assert.deepEqual(shapes.holding('Skarn'), [['Skarn']]);
});

test('an acronym of a name without its jurisdiction joins it only where one article writes both', () => {
  const [da] = shapes.holding('DA');
  assert.ok(da.includes('Ostrel District Attorney'), `${da}`);
  assert.deepEqual(shapes.holding('HB'), [['HB']]);
});

const bodies = spellings('aliases-institutions');

test('a court written with and without its head word is one body; another court of the town is not', () => {
  const [court, ...rest] = bodies.holding("Orwick Magistrates' Court");
  assert.equal(rest.length, 0);
  assert.ok(
    court.includes('Orwick District Magistrates') && court.includes('Orwick Magistrates'),
    `${court}`,
  );
  assert.ok(!court.includes('Orwick Crown Court'), `${court}`);
  const [brell] = bodies.holding("Brell Magistrates' Court");
  assert.ok(brell.includes('Brell Magistrates'), `${brell}`);
});

test('a body named "<place> Fire and Rescue Service" is one name, and a plural possessive stays inside a name', () => {
  assert.equal(bodies.holding('Dunmere Fire and Rescue Service').length, 1);
  assert.deepEqual(bodies.holding('Dunmere Fire'), []);
  assert.equal(bodies.holding("Velm Dockers' Union").length, 1);
});

test('a venue or street joined to its name by a particle is a place, never a person', () => {
  const stade = bodies.entities.find((e) => e.name === 'Stade de Varenne');
  const rue = bodies.entities.find((e) => e.name === 'Rue de Lormont');
  assert.equal(stade?.kind, 'place');
  assert.equal(rue?.kind, 'place');
});

test('a sea area named "Gulf of X" is one place, spelling slips of its name included', () => {
  const [gulf] = bodies.holding('Gulf of Emran');
  assert.ok(gulf.includes('Gulf of Amran'), `${gulf}`);
  assert.deepEqual(bodies.holding('Gulf'), []);
});

const particles = spellings('aliases-particle-names');

test('a name with a hyphenated syllable or given name is one person however the hyphen is written', () => {
  const [pak] = particles.holding('Pak Sun-ok');
  assert.ok(pak.includes('Pak Sun Ok'), `${pak}`);
  const [marrow] = particles.holding('Jean-Luc Marrow');
  assert.ok(marrow.includes('J.-L. Marrow') && marrow.includes('Marrow'), `${marrow}`);
});

test('a name with a patronymic is whole without its family name; a brother with the same patronymic stays apart', () => {
  const [khalid] = particles.holding('Khalid bin Saleh Al Nuri');
  assert.ok(khalid.includes('Khalid bin Saleh'), `${khalid}`);
  assert.ok(!khalid.includes('Hamad bin Saleh Al Nuri'), `${khalid}`);
});

test('a fuller spelling with a middle name joins the one person it covers, even when read as `other`', () => {
  const [omar, ...rest] = particles.holding('Omar al-Varin');
  assert.equal(rest.length, 0);
  assert.ok(omar.includes('Omar Hassan Abdel al-Varin'), `${omar}`);
});
