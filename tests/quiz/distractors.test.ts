import {expect} from '@open-wc/testing';
import {contrastsOf, nameStandIns, sameThing} from '../../src/quiz/asking/distractors.js';
import {numberStandIns} from '../../src/quiz/asking/figure-stand-ins.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {createRandom} from '../../src/quiz/random.js';
import {parseArticle} from '../../src/quiz/reading/article.js';
import {CAPITALS, PLACE_KINDS} from '../../src/quiz/understanding/gazetteer.js';
import {CORPUS} from '../fixtures/corpus.js';
import {contextFor} from './invariants.js';

const SEED_LIKE = [
  'North Korean leader Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Pyongyang.',
  'Later, North Korean Foreign Minister Choe Son Hui also met Lavrov to plan exchanges.',
  'Russian President Vladimir Putin invited Kim to Moscow.',
  'The U.S. held drills with Japan and South Korea.',
];

describe('distractors', () => {
  it('gives an agency acronym other agencies: ICE gets DEA, FBI or ATF', () => {
    const text = CORPUS.find((a) => a.name.startsWith('us-headlines'))!.text;
    const sentences = parseArticle(text).sentences.map((s) => s.text);
    const analysis = analyze(sentences);
    const index = sentences.findIndex((s) => s.startsWith('The blackout aimed'));
    const mention = analysis.mentions[index].find((m) => m.key === 'ICE')!;
    const standIns = nameStandIns(analysis, analysis.entities.get('ICE')!, contextFor(analysis, index, mention.start, mention.end)).map((e) => e.key);
    expect(standIns.length).to.be.at.least(2);
    for (const key of standIns) expect(key).to.match(/^[A-Z]{3}$/);
  });

  it('offers names of the same type, never the answer or a name in the stem', () => {
    const analysis = analyze(SEED_LIKE);
    const kim = analysis.mentions[2].find((m) => m.key === 'Kim Jong Un')!;
    const standIns = nameStandIns(analysis, analysis.entities.get(kim.key)!, contextFor(analysis, 2, kim.start, kim.end)).map((e) => e.key);
    expect(standIns).to.not.include('Kim Jong Un');
    expect(standIns).to.not.include('Vladimir Putin');
    expect(standIns.every((key) => analysis.entities.get(key)!.type === 'person')).to.be.true;
  });

  it('leaves out a stand-in the article pairs with the same partner (truth guard)', () => {
    const analysis = analyze(SEED_LIKE);
    const kim = analysis.mentions[0].find((m) => m.key === 'Kim Jong Un')!;
    const standIns = nameStandIns(analysis, analysis.entities.get(kim.key)!, contextFor(analysis, 0, kim.start, kim.end)).map((e) => e.key);
    // Choe Son Hui also met Lavrov: "___ met ... Sergei Lavrov" would be true for Choe too.
    expect(standIns).to.not.include('Choe Son Hui');
  });

  it('never offers a name that shares a word with the answer or is another name for it', () => {
    expect(sameThing('FOMC', 'Federal Open Market Committee')).to.be.true;
    expect(sameThing('Fed', 'Federal Reserve')).to.be.true;
    expect(sameThing('Japan', 'Federal Reserve')).to.be.false;
    const analysis = analyze(SEED_LIKE);
    const south = analysis.mentions[3].find((m) => m.key === 'South Korea')!;
    const standIns = nameStandIns(analysis, analysis.entities.get('South Korea')!, contextFor(analysis, 3, south.start, south.end)).map((e) => e.key);
    expect(standIns).to.not.include('North Korea');
  });

  it('shifts numbers in the same format, with the answer at varying ranks', () => {
    const analysis = analyze(['Unemployment stayed at 4.1% while the rate sat at 4.25%-4.50% and 1,250 jobs were added in 2024.']);
    const ranks = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      for (const mention of analysis.mentions[0]) {
        const values = numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(seed));
        expect(values.length).to.equal(3);
        expect(new Set(values).size).to.equal(3);
        if (mention.text === '4.1%') {
          values.forEach((v) => expect(v).to.match(/^\d+\.\d%$/));
          ranks.add(values.filter((v) => parseFloat(v) < 4.1).length);
        }
        if (mention.text === '1,250') values.forEach((v) => expect(v).to.match(/^\d{1,3}(,\d{3})*$/));
        if (mention.text === '2024') values.forEach((v) => expect(v).to.match(/^20\d\d$/));
        if (mention.text === '4.25%-4.50%')
          for (const v of values) {
            const [low, high] = v.split('-').map(parseFloat);
            expect(high > 4.5 || low < 4.25, v).to.be.true; // ranges do not overlap the answer
            expect(high <= 4.25 || low >= 4.5, v).to.be.true;
          }
      }
    }
    expect(ranks.size).to.be.greaterThan(2);
  });

  it('keeps dates in their format and days in range', () => {
    const analysis = analyze(['The next meeting is on March 18-19, after the vote on January 23, 2026.']);
    for (const mention of analysis.mentions[0]) {
      const values = numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(3));
      for (const v of values) expect(v).to.match(mention.text.startsWith('March') ? /^March \d{1,2}-\d{1,2}$/ : /^January \d{1,2}, 2026$/);
    }
  });

  it('fills up from a built-in pool of the same kind of place, never a place that contains the answer', () => {
    const analysis = analyze(['Hundreds of businesses in Minnesota joined the protest in the U.S. on Friday.', 'Minnesota officials said little.']);
    const minnesota = analysis.mentions[0].find((m) => m.key === 'Minnesota')!;
    const standIns = nameStandIns(analysis, analysis.entities.get('Minnesota')!, contextFor(analysis, 0, minnesota.start, minnesota.end)).map((e) => e.key);
    // Up to five, so the length balance has some to choose from.
    expect(standIns.length).to.be.within(2, 5);
    expect(standIns).to.not.include('U.S.');
    // US states only (the built-in list holds all fifty), never a country or a city.
    for (const key of standIns) expect(PLACE_KINDS.get(key), key).to.equal(PLACE_KINDS.get('Minnesota'));
  });

  it('shifts a season written "2025/26" by whole seasons', () => {
    const analysis = analyze(['The Champions League is back, and the 2025/26 season promises to be one of the most exciting.']);
    const season = analysis.mentions[0].find((m) => m.text === '2025/26')!;
    const values = numberStandIns(analysis, season, contextFor(analysis, 0, season.start, season.end), createRandom(5));
    expect(values.length).to.be.at.least(2);
    for (const v of values) {
      const [a, b] = v.split('/').map(Number);
      expect(b, v).to.equal((a + 1) % 100);
    }
  });

  it('takes no city from the built-in pool for a club named after one ("Real Madrid", "Bayern Munich")', () => {
    const analysis = analyze(['Real Madrid beat Sevilla, and the club now faces Valencia at home.', 'Real Madrid lead the table.']);
    const club = analysis.mentions[0].find((m) => m.key === 'Real Madrid')!;
    const standIns = nameStandIns(analysis, analysis.entities.get('Real Madrid')!, contextFor(analysis, 0, club.start, club.end)).map((e) => e.key);
    for (const key of standIns) expect(['Sevilla', 'Valencia']).to.include(key);
  });

  it('moves relative dates and weekdays to others of their kind', () => {
    const analysis = analyze(['The minister visited Moscow last month and returned on Tuesday.']);
    for (const mention of analysis.mentions[0].filter((m) => m.type === 'when')) {
      const values = numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(1));
      expect(values.length).to.be.at.least(2);
      expect(values).to.not.include(mention.text);
      if (mention.text === 'Tuesday') values.forEach((v) => expect(v).to.match(/day$/));
      else values.forEach((v) => expect(v).to.match(/week|month|year/));
    }
  });

  it('offers for "coach ___" no one the article gives another title', () => {
    const text =
      'Storm coach Renee Walsh said her side ran out of legs. Point guard Marcus Bell had 22 points for the Tides. Tides coach Paul Ferris praised his defence. Forward Daniel Okonkwo scored 34 points, and coach Ana Ruiz of the Kings watched.';
    const analysis = analyze(parseArticle(text).sentences.map((x) => x.text));
    const index = analysis.sentences.findIndex((x) => x.startsWith('Tides coach'));
    const mention = analysis.mentions[index].find((m) => m.key === 'Paul Ferris')!;
    const context = {...contextFor(analysis, index, mention.start, mention.end), title: 'coach'};
    const standIns = nameStandIns(analysis, analysis.entities.get('Paul Ferris')!, context).map((e) => e.key);
    expect(standIns).to.include('Renee Walsh');
    for (const item of ['Marcus Bell', 'Daniel Okonkwo']) expect(standIns).to.not.include(item);
  });

  it('keeps a figure on its side of another figure the sentence compares it with', () => {
    const analysis = analyze(['Revenue rose 6% to $14.8 billion, slightly ahead of the $14.6 billion analysts had expected.', 'Sales reached $35.1 billion, beating estimates of $33.2 billion.']);
    for (let seed = 0; seed < 30; seed++) {
      const revenue = analysis.mentions[0].find((m) => m.text === '$14.8 billion')!;
      for (const v of numberStandIns(analysis, revenue, contextFor(analysis, 0, revenue.start, revenue.end), createRandom(seed))) expect(parseFloat(v.slice(1)), v).to.be.above(14.6);
      const estimate = analysis.mentions[1].find((m) => m.text === '$33.2 billion')!;
      const values = numberStandIns(analysis, estimate, contextFor(analysis, 1, estimate.start, estimate.end), createRandom(seed));
      expect(values.length).to.be.at.least(2);
      for (const v of values) expect(parseFloat(v.slice(1)), v).to.be.below(35.1);
    }
  });

  it("reads a person's gender from the pronouns around them, and a stem's from its own", () => {
    const analysis = analyze([
      'Laura Benning, a teacher from Ohio, said the drug had changed her life.',
      'Samuel Achebe, a neurologist at the University of Michigan, called the results encouraging.',
      '"We need longer follow-up," he said.',
      'Karen Whitfield said she had waited years for such a treatment.',
    ]);
    expect(analysis.entities.get('Samuel Achebe')!.gender).to.equal('m');
    expect(analysis.entities.get('Laura Benning')!.gender).to.equal('f');
    const mention = analysis.mentions[0].find((m) => m.key === 'Laura Benning')!;
    const context = {...contextFor(analysis, 0, mention.start, mention.end), gender: 'f' as const};
    const standIns = nameStandIns(analysis, analysis.entities.get('Laura Benning')!, context).map((e) => e.key);
    expect(standIns).to.include('Karen Whitfield');
    expect(standIns).to.not.include('Samuel Achebe');
  });

  it('gives a capital built-in capitals from near it: Moscow gets Kyiv, not Milan', () => {
    const analysis = analyze(['Officials voiced concern about the growing relationship between Moscow and Pyongyang on Monday.']);
    const mention = analysis.mentions[0].find((m) => m.key === 'Moscow')!;
    const standIns = nameStandIns(analysis, analysis.entities.get('Moscow')!, contextFor(analysis, 0, mention.start, mention.end)).map((e) => e.key);
    expect(standIns.length).to.equal(2);
    for (const key of standIns) expect(CAPITALS.has(key), key).to.be.true;
    expect(standIns).to.include('Kyiv');
  });

  it('moves an age by a few years, never past a human lifespan', () => {
    const analysis = analyze(['Veteran comedian Cyril Fletcher has died aged 91 at his home in Guernsey.', 'The striker is 23 years old and joined Leeds in 2019.']);
    for (let seed = 0; seed < 30; seed++) {
      for (const [sentence, text, low, high] of [
        [0, '91', 80, 110],
        [1, '23', 17, 29],
      ] as const) {
        const age = analysis.mentions[sentence].find((m) => m.text === text)!;
        const values = numberStandIns(analysis, age, contextFor(analysis, sentence, age.start, age.end), createRandom(seed));
        expect(values.length).to.equal(3);
        for (const v of values) expect(Number(v), v).to.be.within(low, high);
      }
    }
  });

  it('keeps shares of one vote within 100% together', () => {
    const analysis = analyze(['With all precincts counted, Ana Delgado had 52.6% of the vote to 44.1% for Gregory Voss.']);
    const mention = analysis.mentions[0].find((m) => m.text === '52.6%')!;
    for (let seed = 0; seed < 30; seed++) for (const v of numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(seed))) expect(parseFloat(v) + 44.1, v).to.be.at.most(100);
  });

  it('puts the answer at each rank about equally often, so neither the middle nor an end gives it away', () => {
    const analysis = analyze(['Unemployment stayed at 14.1% in the region last year.']);
    const mention = analysis.mentions[0].find((m) => m.text === '14.1%')!;
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 400; seed++) {
      const values = numberStandIns(analysis, mention, contextFor(analysis, 0, mention.start, mention.end), createRandom(seed));
      counts[values.filter((v) => parseFloat(v) < 14.1).length]++;
    }
    // 100 expected at each rank; the ends together near half, not two thirds.
    for (const count of counts) expect(count).to.be.within(65, 135);
    expect(counts[0] + counts[3]).to.be.within(160, 240);
  });

  it('swaps contrast words, keeping capitals, and quantifiers only toward what the word rules out', () => {
    expect(contrastsOf('Most')).to.deep.equal(['All', 'Few']);
    for (const item of ['some', 'many']) expect(contrastsOf('most')).to.not.include(item);
    expect(contrastsOf('can')).to.deep.equal([]);
    expect(contrastsOf('increased')).to.deep.equal(['decreased']);
    expect(contrastsOf('table')).to.deep.equal([]);
  });
});
