import {expect} from '@open-wc/testing';
import {draftCandidates} from '../../src/quiz/generate.js';
import {CONFIDENCE_THRESHOLD, confidenceOf} from '../../src/quiz/choosing/confidence.js';
import {findFigures} from '../../src/quiz/understanding/figures.js';
import {analyze} from '../../src/quiz/understanding/entities.js';
import {resolvePronouns} from '../../src/quiz/understanding/coreference.js';
import {hasDanglingSubject} from '../../src/quiz/choosing/checks.js';
import {nameStandIns} from '../../src/quiz/asking/distractors.js';
import {contentWords} from '../../src/quiz/understanding/entities.js';

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

  it('asks the rank with other ranks in the same form as distractors', () => {
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
    expect(confidenceOf(candidate!)).to.be.at.least(CONFIDENCE_THRESHOLD);
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

describe('choices a reader cannot rule out at sight', () => {
  it('takes stand-ins of the answer’s own gender when the stem pairs it with someone of that gender', () => {
    const analysis = analyze([
      'Roger Federer beat Andy Roddick in the final of the Masters Cup in Houston.',
      'Roddick said he had been outplayed from the first game.',
      'Federer said he was delighted with his serve.',
      'Lleyton Hewitt, who lost his semi-final, said he was tired.',
      'Maria Sharapova won the women’s title, and she thanked her coach.',
      'Serena Williams said she would return next season.',
    ]);
    const mention = analysis.mentions[0].find((m) => m.key === 'Andy Roddick')!;
    const text = analysis.sentences[0];
    const prompt = text.slice(0, mention.start) + '___' + text.slice(mention.end);
    const others = analysis.mentions[0].filter((m) => m !== mention);
    const context = {words: contentWords(prompt), keys: new Set(analysis.mentions[0].map((m) => m.key)), near: [], own: [0], text: prompt.toLowerCase(), nameWords: new Set(others.flatMap((m) => contentWords(m.key)))};
    const standIns = nameStandIns(analysis, analysis.entities.get('Andy Roddick')!, context).map((e) => e.key);
    expect(standIns).to.include('Lleyton Hewitt');
    expect(standIns).to.not.include('Maria Sharapova');
    expect(standIns).to.not.include('Serena Williams');
  });

  it('does not blank a number word that is part of a name: "The Three Wise Men"', () => {
    expect(findFigures('The Three Wise Men came to the town on a float in the parade.').map((m) => m.text)).to.not.include('Three');
    expect(findFigures('The deal makes Apple one of the Big Four in the market.').map((m) => m.text)).to.not.include('Four');
    expect(findFigures('Three men were arrested after the raid on Sunday.').map((m) => m.text)).to.include('Three');
  });
});

describe('figures within what the story allows', () => {
  it('keeps a finely quoted figure’s neighbours a few per cent away', () => {
    const text = [
      'Dollar hovers around record lows',
      '',
      'The US dollar hovered close to record lows against the euro on Friday as concern grew about the budget deficit. The dollar was trading at $1.3652 versus the euro on Friday morning after the Chicago figures disappointed investors. Analysts predict that the dollar will remain weak in 2005 as investors worry about the state of the US economy.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === '$1.3652');
    expect(candidate, 'a candidate asks for the rate').to.exist;
    for (const distractor of candidate!.distractors) expect(Math.abs(Number(distractor.slice(1)) / 1.3652 - 1), distractor).to.be.below(0.1);
  });

  it('moves a side’s head count one at a time, never past a full side', () => {
    const text = [
      'Frothers battle on with ten men',
      '',
      'The Frothers lost 3-0 to Rovers on Sunday at Hackney Marshes after an early injury to their captain. Down to 10 men with 80 minutes to go, the Frothers defended deep and held out until half-time. Rovers scored twice in the last 15 minutes of the match to seal the win for the league leaders.',
    ].join('\n');
    const candidate = draftCandidates(text).candidates.find((c) => c.correct === '10' && c.prompt.includes('Down to ___ men'));
    expect(candidate, 'a candidate asks "Down to ___ men"').to.exist;
    for (const distractor of candidate!.distractors) {
      expect(Number(distractor)).to.be.at.most(11);
      expect(Math.abs(Number(distractor) - 10)).to.be.at.most(4);
    }
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
