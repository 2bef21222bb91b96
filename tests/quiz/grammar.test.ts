import {expect} from '@open-wc/testing';
import {fixArticleBefore, indefiniteArticle} from '../../src/quiz/understanding/grammar.js';
import {generateQuiz} from '../../src/quiz/generate.js';

describe('grammar', () => {
  it('picks a or an for words and figures as they are read aloud', () => {
    const cases: Array<[string, string]> = [
      ['18 percent', 'an'],
      ['8%', 'an'],
      ['80', 'an'],
      ['11', 'an'],
      ['11,000', 'an'],
      ['18.5', 'an'],
      ['20 percent', 'a'],
      ['110', 'a'],
      ['1,800', 'a'],
      ['2%', 'a'],
      ['April vote', 'an'],
      ['meeting', 'a'],
    ];
    for (const [next, expected] of cases) expect(indefiniteArticle(next), next).to.equal(expected);
  });

  it('re-chooses the article before a swapped value, keeping its case', () => {
    expect(fixArticleBefore('A ', '18 percent')).to.equal('An ');
    expect(fixArticleBefore('proposed an ', '20 percent')).to.equal('proposed a ');
    expect(fixArticleBefore('held in ', '8 cities')).to.equal('held in ');
    expect(fixArticleBefore('Korea', 'x')).to.equal('Korea');
  });

  it('keeps FAQ choices grammatical when a figure is swapped', () => {
    const article = `Brussels, March 3 – The European Commission proposed a 20 percent cut in fishing quotas for the North Sea on Monday, citing a sharp fall in cod stocks. Fisheries Commissioner Maria Alvarez said the plan would be reviewed in 2027.

Norway and Iceland, which share the stocks, will join talks in Oslo next month. The Commission said cod numbers had fallen by 35 percent since 2019.

Frequently Asked Questions

What did the European Commission propose?

The European Commission proposed a 20 percent cut in fishing quotas for the North Sea, citing a sharp fall in cod stocks.`;
    for (let seed = 0; seed < 20; seed++) {
      for (const question of generateQuiz(article, {seed}).questions) {
        for (const choice of question.choices) {
          expect(choice.text, choice.text).to.not.match(/\b[Aa] (8|11\b|18\b)/);
          expect(choice.text, choice.text).to.not.match(/\b[Aa]n ([02-79]|1[02-79])/);
        }
      }
    }
  });
});
