import {expect} from '@open-wc/testing';
import {draftCandidates} from '../../src/quiz/generate.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from '../../src/quiz/choosing/confidence.js';
import {findFigures} from '../../src/quiz/understanding/figures.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {resolvePronouns} from '../../src/quiz/understanding/coreference.js';
import {hasDanglingSubject} from '../../src/quiz/choosing/checks.js';

const ordinals = (sentence: string) =>
  findFigures(sentence)
    .filter((m) => m.type === 'ordinal')
    .map((m) => m.text);

describe('ranks and repeats: the ordinals that make the news', () => {
  it('finds an ordinal where it is the news, and not in set phrases', () => {
    expect(ordinals('The economy has gone into recession for the fourth time in a decade.')).to.deep.equal(['fourth']);
    expect(ordinals('It is the country’s third-largest bank.')).to.deep.equal(['third']);
    expect(ordinals('Kenya finished second in the medal table.')).to.deep.equal(['second']);
    expect(ordinals('Leeds slipped to 5th place after the defeat.')).to.deep.equal(['5th']);
    // "the second half", "a third of", "first": set phrases or a rank every choice could claim.
    expect(ordinals('The Blues began the second half with more urgency.')).to.deep.equal([]);
    expect(ordinals('A third of the budget goes on salaries.')).to.deep.equal([]);
    expect(ordinals('It was the first time the club had won.')).to.deep.equal([]);
  });

  it('drafts the rank with other ranks in the same form as distractors, and does not ask it (10 of 21 OK, m15 to m35)', () => {
    const text = [
      'Japan economy slides to recession',
      '',
      'The Japanese economy has officially gone back into recession for the fourth time in a decade. Gross domestic product fell by 0.1% in the last three months of the year, the Cabinet Office said. Exports to China rose sharply as demand for steel and machinery grew across the region.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === 'fourth');
    expect(candidate, 'a candidate asks "for the ___ time"').to.exist;
    expect(candidate!.prompt).to.contain('for the ___ time');
    expect(candidate!.distractors).to.have.length.of.at.least(3);
    for (const distractor of candidate!.distractors) expect(['first', 'second', 'third', 'fifth', 'sixth', 'seventh']).to.include(distractor);
    expect(confidenceOf(candidate!)).to.equal(0);
    expect(CONFIDENCE_THRESHOLD).to.be.above(0);
  });
});

describe('who "he" is', () => {
  const sentences = [
    'Amitai Etzioni, a key influence on New Labour thinking, says the emphasis on rogue states is misplaced.',
    'Professor Etzioni was a senior adviser to President Carter.',
    'He names Russia as the failing state of gravest concern.',
    'The priority should be on failing states such as Pakistan, he argues.',
  ];

  it('names the one person the sentences before can mean, in the article’s short form', () => {
    const analysis = analyze(sentences);
    // Sentence 1 names two people (Etzioni and Carter): "he" in sentence 2 is not plain.
    expect(resolvePronouns(analysis, 2, 'He names ___ as the failing state of gravest concern.', 'Russia')).to.equal('He names ___ as the failing state of gravest concern.');
    const plain = analyze([sentences[0], 'Etzioni wrote the report for a think tank in London.', sentences[2], sentences[3]]);
    expect(resolvePronouns(plain, 2, 'He names ___ as the failing state of gravest concern.', 'Russia')).to.equal('Etzioni names ___ as the failing state of gravest concern.');
    expect(resolvePronouns(plain, 2, 'His report demands a major overhaul of ___.', 'x')).to.equal("Etzioni's report demands a major overhaul of ___.");
    // Named only in full, the person is named in full.
    const full = analyze([sentences[0], 'His report demands a major overhaul of world rules.']);
    expect(resolvePronouns(full, 1, 'His report demands a major overhaul of ___.', 'x')).to.equal("Amitai Etzioni's report demands a major overhaul of ___.");
    // Never the answer itself.
    expect(resolvePronouns(plain, 2, 'He names ___ as the failing state.', 'Amitai Etzioni')).to.equal('He names ___ as the failing state.');
    expect(resolvePronouns(plain, 3, 'The priority should be on failing states such as ___, he argues.', 'Pakistan')).to.equal('The priority should be on failing states such as ___, Etzioni argues.');
  });

  it('leaves the pronoun when its gender does not match or nobody is named before', () => {
    const analysis = analyze(['Amitai Etzioni says he is worried about his country.', 'She names Russia as the main risk.']);
    expect(resolvePronouns(analysis, 1, 'She names ___ as the main risk.', 'Russia')).to.equal('She names ___ as the main risk.');
    expect(resolvePronouns(analyze(['He names Russia as the main risk.']), 0, 'He names ___ as the main risk.', 'Russia')).to.equal('He names ___ as the main risk.');
  });

  it('reads "And that prompted ..." as leaning on the sentence before', () => {
    expect(hasDanglingSubject('And that prompted a reaction from the manager.')).to.be.true;
    expect(hasDanglingSubject('Andrew Hill prompted a reaction from the manager.')).to.be.false;
  });
});

describe('counts with a scale word', () => {
  it('reads "five million" as one figure and offers other millions', () => {
    expect(findFigures('Technorati tracks about five million blogs, it says.').map((m) => m.text)).to.deep.equal(['five million']);
    const text = [
      'Blogs reach a wider public',
      '',
      'Technorati, a blog search engine, tracks about five million blogs and says that more than 12,000 are added daily. The service was founded by Dave Sifry in San Francisco and now employs dozens of engineers. Blogging has grown fast since the 2004 US presidential election, analysts at Gartner said in a report.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === 'five million');
    expect(candidate, 'a candidate asks for the count').to.exist;
    for (const distractor of candidate!.distractors) expect(distractor).to.match(/^(?:two|three|four|six|seven|eight|nine) million$/);
  });
});
