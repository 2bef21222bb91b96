import {expect} from '@open-wc/testing';
import {numberStandIns, valueOf} from '../../src/quiz/asking/figure-stand-ins.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {createRandom} from '../../src/quiz/random.js';
import {withoutNamedElsewhere} from '../../src/quiz/choosing/select.js';
import {contextFor, sureFact} from './invariants.js';

/** The stand-ins drawn for `figure` in sentence `index`, over a few seeds. */
function standInsFor(sentences: string[], index: number, figure: string, seeds = 12): string[][] {
  const analysis = analyze(sentences);
  const mention = analysis.mentions[index].find((m) => m.text === figure)!;
  expect(mention, figure).to.exist;
  const runs: string[][] = [];
  for (let seed = 0; seed < seeds; seed++) runs.push(numberStandIns(analysis, mention, contextFor(analysis, index, mention.start, mention.end), createRandom(seed)));
  return runs;
}

const evenlySpaced = (values: string[], key: string) => {
  const sorted = [...values, key].map((v) => parseFloat(v.replace(/[^\d.]/g, ''))).sort((a, b) => a - b);
  const steps = sorted.slice(1).map((v, i) => +(v - sorted[i]).toFixed(6));
  return steps.every((step) => step === steps[0]);
};

// Reviewers read a ladder's middle rung or its far ends as the key ("the key is the lowest of an evenly
// spaced set"), and praised the article's own competing figures as distractors.
const POLL = [
  'New poll shows support for the reform package',
  'Some 69% of voters support the cap on rents, the poll found.',
  'Another 57% back the new housing levy in the capital.',
  'Around 76% want more homes built near railway stations.',
  'Only 41% trust the council to deliver the plan on time.',
  'Some 62% said they would vote for a party that backs it.',
];

describe("stand-ins from the article's own figures", () => {
  it("offers the article's other figures of the same kind and unit, at varying ranks", () => {
    const ranks = new Set<number>();
    for (const values of standInsFor(POLL, 1, '69%')) {
      expect(values).to.have.length(3);
      for (const value of values) expect(['57%', '76%', '41%', '62%'], value).to.include(value);
      ranks.add(values.filter((v) => parseFloat(v) < 69).length);
    }
    expect(ranks.size).to.be.greaterThan(1);
  });

  it('falls back to shifted figures when the article has fewer than three others', () => {
    for (const values of standInsFor(POLL.slice(0, 3), 1, '69%')) {
      expect(values).to.have.length(3);
      expect(evenlySpaced(values, '69%'), values.join(' ')).to.be.true;
    }
  });

  it('offers no figure the article pairs with the stem elsewhere (the truth guard)', () => {
    const sentences = [
      'Rents rise again across the country',
      'Rents in the capital rose 8.4% in the year to March, the survey said.',
      'Rents in the capital rose 11.2% in the year to March for new lets, the survey said.',
      'Wages rose 5.9% over the same period.',
      'House prices climbed 4.1% and mortgage rates reached 6.3%.',
      'Inflation was 7.7% in March.',
    ];
    for (const values of standInsFor(sentences, 1, '8.4%')) expect(values).to.not.include('11.2%');
  });

  it('never offers a figure that is the answer rounded another way', () => {
    const sentences = [
      'Growth beats forecasts',
      'The economy grew 3.8% in the third quarter, the statistics office said.',
      'That was close to 4% on an annual basis, economists said of the year.',
      'Analysts had forecast growth of 3.1% for exports.',
      'Investment grew 2.6% and consumer spending 5.2% in the period.',
      'Imports rose 6.4% over the year.',
    ];
    for (const values of standInsFor(sentences, 1, '3.8%')) expect(values).to.not.include('4%');
  });

  it('keeps a plain number among figures that count the same thing', () => {
    const sentences = [
      'Factory closures hit the region',
      'The carmaker will cut 2,000 jobs at its plant in the north.',
      'A supplier said 1,200 jobs were at risk at its sites.',
      'The town has 3,500 homes and 1,500 shops.',
      'Another 1,100 jobs went when the steelworks closed.',
      'In all, 2,600 jobs have gone since the spring.',
      'The plant opened 1,800 days ago.',
    ];
    for (const values of standInsFor(sentences, 1, '2,000')) {
      expect(values).to.have.length(3);
      for (const value of values) expect(['1,200', '1,100', '2,600'], value).to.include(value);
    }
  });

  it('stays on the side of the figure the stem compares the answer with', () => {
    const sentences = [
      'Employers turn gloomy',
      'Some 67% of employers expect a recession, down from 78% in February.',
      'About 57% of them plan to hire fewer people this year.',
      'Another 71% say costs are their main worry.',
      'And 62% blame taxes, while 84% cite rates and 90% cite energy.',
    ];
    for (const values of standInsFor(sentences, 1, '67%')) for (const value of values) expect(parseFloat(value), value).to.be.below(78);
  });

  it('never leaves the key the one choice of its form', () => {
    // "3.25%" alone in quarter points among "4%", "4.7%" and "2.1%" would be the guess.
    const sentences = [
      'Bank holds rates',
      'The bank kept interest rates at an all-time low of 3.25% on Thursday.',
      'The economy grew 4.7% last year, and 4% is forecast for this one.',
      'Retail sales were up 2.1% in December.',
    ];
    for (const values of standInsFor(sentences, 1, '3.25%'))
      expect(
        values.some((v) => /\.\d\d%$/.test(v)),
        values.join(' ')
      ).to.be.true;
  });

  it('never makes the key the largest choice when the stem calls it the highest, nor the smallest when it calls it the lowest', () => {
    const regions = [
      'House prices cool in the regions',
      'In London, the area with the highest average house price at £262,825, inflation rose to 7.1%.',
      'The average price in the South East was £192,713 in November.',
      'In the East it was £180,444, and in the South West £176,101.',
      'Wales saw an average of £139,544, and the North West £150,322.',
    ];
    for (const values of standInsFor(regions, 1, '£262,825', 24))
      expect(
        values.some((v) => valueOf(v)! > 262825),
        values.join(' ')
      ).to.be.true;
    // The ladder too, when the article has no figures to offer.
    for (const values of standInsFor(regions.slice(0, 2), 1, '£262,825', 24))
      expect(
        values.some((v) => valueOf(v)! > 262825),
        values.join(' ')
      ).to.be.true;
    const low = ['Bank holds rates', 'The bank kept interest rates at an all-time low of 3.5% on Thursday, as it has since spring.'];
    for (const values of standInsFor(low, 1, '3.5%', 24))
      expect(
        values.some((v) => parseFloat(v) < 3.5),
        values.join(' ')
      ).to.be.true;
  });

  it("drops a stand-in another question's stem states as its own figure (m34: 12.7% is GM's in the next stem)", () => {
    const ford = sureFact(0, 'Ford sales dropped ___ as foreign rivals took a bigger share of the market.', '4.5%', ['12.7%', '3.1%', '6.2%'], {figure: true});
    const gm = sureFact(1, 'US sales at GM sank 12.7% in February, the company said.', '12.7%', [], {figure: true});
    expect(withoutNamedElsewhere(ford, [ford, gm]).distractors).to.deep.equal(['3.1%', '6.2%']);
    // A figure is read with its unit: "5%" is not the "5" of "region 5", nor "$12.7m" the "12.7%".
    const region = sureFact(2, 'Prices in region 5 rose by ___ in 2014, and costs reached $12.7m.', '38%', [], {figure: true});
    const share = sureFact(0, 'Prices in region 1 rose by ___ after the storm.', '10%', ['5%', '12.7%', '15%'], {figure: true});
    expect(withoutNamedElsewhere(share, [share, region]).distractors).to.deep.equal(['5%', '12.7%', '15%']);
  });

  it('offers no figure of the article more than twice or less than half the key (m37: 65% for a 24% share)', () => {
    const sentences = [
      'HIV costs firms dearly',
      'In the worst-hit firms, 24% of the workforce carry the virus, the study found.',
      'Some 65% of firms have no policy on the disease, and 71% offer no testing.',
      'About 20% of managers said they had lost staff to it, and 30% reported falling output.',
      'Only 14% of firms give staff free treatment, while 40% pay for funerals.',
    ];
    for (const values of standInsFor(sentences, 1, '24%')) for (const value of values) expect(parseFloat(value), value).to.be.within(12, 48);
  });

  it('offers no stand-ins for a round count in words ("Ten" among "Eleven", "Twelve", "Thirteen", m37)', () => {
    const sentences = ['Crime plan widens', 'Ten areas have already had access to special prosecutors, and 400 dispersal orders were issued.'];
    for (const values of standInsFor(sentences, 1, 'Ten')) expect(values).to.deep.equal([]);
    for (const values of standInsFor(['Crime plan widens', 'Nine areas have already had access to special prosecutors.'], 1, 'Nine')) expect(values.length).to.be.at.least(3);
  });

  it('never leaves the key the one figure of its roundness ("79%" alone among "60%", "65%", "70%"; m39)', () => {
    const sentences = [
      'Professionals wary of AI',
      'Trust and reliability concerns were the primary barrier in 79% of interviews, the study found.',
      'Some 60% of professionals use AI daily, and 65% say it saves them time.',
      'About 70% of creatives said they wanted to keep control of their work.',
    ];
    for (const values of standInsFor(sentences, 1, '79%'))
      expect(
        values.some((v) => parseFloat(v) % 5 !== 0),
        values.join(' ')
      ).to.be.true;
  });
});
