import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {extractFaq} from '../../src/quiz/reading/article.js';
import {faqHeadingLevel, findFaqSection, isPlaceholder} from '../../src/quiz/reading/faq.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';
import {generateQuiz} from '../../src/quiz/generate.js';
import {CORPUS} from '../fixtures/corpus.js';

const questions = (text: string) => extractFaq(text).map((pair) => pair.question);
const corpusText = (name: string) => CORPUS.find((article) => article.name === name)?.text ?? '';

describe('FAQ parser', () => {
  it('reads the four pairs of the seed article, with exact question texts', () => {
    const faq = extractFaq(SEED_ARTICLE);
    expect(faq.map((pair) => pair.question)).to.deep.equal([
      'What agreements were made between Kim Jong Un and Vladimir Putin?',
      'What is the significance of the meetings between Kim Jong Un and Sergei Lavrov?',
      'What are the concerns raised by South Korea and the U.S. regarding Russia-North Korea relations?',
      'How has the U.S. responded to North Korea’s military threats?',
    ]);
    expect(faq[0]?.answer).to.match(/^Kim Jong Un and Vladimir Putin discussed military cooperation/);
    expect(faq[3]?.answer).to.match(/evolving military threats\.$/);
    expect(faq.every((pair) => !pair.incomplete)).to.equal(true);
  });

  it('reads a heading mark a converter doubled ("### ### Q3. Is ...") as one, and drops the numbering', () => {
    const faq = extractFaq(
      ['Story text.', '', '## Frequently Asked Questions', '', '### ### Q3. Is crypto a good investment?', 'It can be, with caution.', '', '### ### Q4. Where do I start?', 'With an index fund.'].join('\n')
    );
    expect(faq.map((pair) => pair.question)).to.deep.equal(['Is crypto a good investment?', 'Where do I start?']);
  });

  it('returns [] without an FAQ', () => {
    expect(extractFaq('')).to.deep.equal([]);
    expect(extractFaq('Just a story.\n\nWhat happened next? Nobody knows.')).to.deep.equal([]);
    expect(extractFaq(corpusText('us-headlines-for-january-23-2026'))).to.deep.equal([]);
  });

  it('returns [] for an FAQ heading without questions', () => {
    expect(extractFaq('Story.\n\n## FAQ\n\nNothing here yet.')).to.deep.equal([]);
  });

  it('accepts the heading spellings in use', () => {
    const body = '\n\nWhat is it?\n\nA thing.';
    for (const heading of [
      'FAQ',
      'FAQs',
      'FAQs:',
      'FAQ Section',
      '## FAQ',
      '**FAQ**',
      '**Frequently Asked Questions:**',
      '# Frequently asked questions',
      'Questions and answers',
      'Q&A',
      '### Q & A:',
      'Barcelona vs Elche FAQ',
    ]) {
      expect(questions(`Story text.\n\n${heading}${body}`), heading).to.deep.equal(['What is it?']);
    }
  });

  it('does not take a sentence or a question mentioning FAQs for a heading', () => {
    expect(faqHeadingLevel('FAQs are common on news sites.')).to.equal(null);
    expect(faqHeadingLevel('What is an FAQ?')).to.equal(null);
    expect(faqHeadingLevel('- FAQ')).to.equal(null);
    expect(faqHeadingLevel('## FAQ')).to.equal(2);
    expect(faqHeadingLevel('Frequently Asked Questions:')).to.equal(7);
  });

  it('reads FAQ headings, labels and question marks in other languages', () => {
    expect(extractFaq('Historia.\n\n## Preguntas frecuentes\nP: ¿Quién ganó?\nR: El Barcelona.')).to.deep.equal([{question: '¿Quién ganó?', answer: 'El Barcelona.'}]);
    expect(extractFaq('Text.\n\nHäufig gestellte Fragen\n\nFrage: Wer hat gewonnen?\nAntwort: Barcelona.')).to.deep.equal([{question: 'Wer hat gewonnen?', answer: 'Barcelona.'}]);
    expect(extractFaq('Texte.\n\n## Foire aux questions\n\nQui a gagné ?\n\nBarcelone.')).to.deep.equal([{question: 'Qui a gagné ?', answer: 'Barcelone.'}]);
    for (const heading of ['Domande frequenti', 'Perguntas frequentes', 'Veelgestelde vragen', 'Preguntas y respuestas', 'Questions fréquentes']) {
      expect(questions(`Story.\n\n${heading}\n\nWhat is it?\nA thing.`), heading).to.deep.equal(['What is it?']);
    }
    expect(extractFaq('Storia.\n\n## FAQ\nDomanda: Chi ha vinto?\nRisposta: Il Barcellona.')).to.deep.equal([{question: 'Chi ha vinto?', answer: 'Il Barcellona.'}]);
  });

  it('reads FAQ sections headed in Spanish, French, German, Korean and Arabic', () => {
    const faqs = {
      'Preguntas frecuentes': '¿Cuándo empiezan las obras?\n\nLas obras empiezan en marzo.',
      'Foire aux questions': 'Quand les travaux commencent-ils ?\n\nLes travaux commencent en mars.',
      'Häufig gestellte Fragen': 'Wann beginnen die Bauarbeiten?\n\nDie Bauarbeiten beginnen im März.',
      '자주 묻는 질문': '공사는 언제 시작하나요?\n\n공사는 3월에 시작한다.',
      'الأسئلة الشائعة': 'متى تبدأ الأعمال؟\n\nتبدأ الأعمال في مارس.',
    };
    for (const [heading, pair] of Object.entries(faqs)) {
      const [question, answer] = pair.split('\n\n');
      for (const marked of [heading, `## ${heading}`, `**${heading}**`, `${heading}:`]) {
        expect(extractFaq(`Text.\n\n${marked}\n\n${pair}`), marked).to.deep.equal([{question, answer}]);
      }
    }
  });

  it('builds FAQ questions from an FAQ under a heading in any of those languages', () => {
    for (const heading of ['Preguntas frecuentes', 'Foire aux questions', 'Häufig gestellte Fragen', '자주 묻는 질문', 'الأسئلة الشائعة']) {
      const quiz = generateQuiz(SEED_ARTICLE.replace('Frequently Asked Questions:', `## ${heading}`), {seed: 'faq'});
      expect(quiz.questions.filter((question) => question.kind === 'faq').length, heading).to.equal(3);
    }
  });

  it('reads an "FAQ" heading with questions in any script, by their question marks', () => {
    expect(extractFaq('本文。\n\nFAQ\n\n誰が勝ちましたか？\nバルセロナです。')).to.deep.equal([{question: '誰が勝ちましたか？', answer: 'バルセロナです。'}]);
    expect(extractFaq('Текст.\n\n## FAQ\nКто победил?\nБарселона.')).to.deep.equal([{question: 'Кто победил?', answer: 'Барселона.'}]);
    expect(extractFaq('نص.\n\n## FAQ\nمن فاز؟\nبرشلونة.')).to.deep.equal([{question: 'من فاز؟', answer: 'برشلونة.'}]);
  });

  it('reads Q:/A: prefixes on consecutive lines', () => {
    const faq = extractFaq('Intro.\n\n## FAQ Section\nQ: Who won?\nA: Barcelona.\nQ: When?\nA: On Sunday.');
    expect(faq).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona.'},
      {question: 'When?', answer: 'On Sunday.'},
    ]);
  });

  it('reads "Question:" / "Answer:" labels and Q1. numbering', () => {
    const faq = extractFaq('FAQ\n\nQuestion 1: Who won?\nAnswer: Barcelona.\n\nQ2. Where was it played?\nAnswer - In Elche.');
    expect(faq).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona.'},
      {question: 'Where was it played?', answer: 'In Elche.'},
    ]);
  });

  it('reads a question and its answer on the same line', () => {
    const faq = extractFaq('FAQs:\nQ: Who won? A: Barcelona, 3-1.\nQ: Where? A: Elche.');
    expect(faq).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona, 3-1.'},
      {question: 'Where?', answer: 'Elche.'},
    ]);
  });

  it('reads bold labels, a bare "Q:" line and numbered bold questions', () => {
    expect(extractFaq('FAQ\n**Q:** Who won?\n**A:** Barcelona.\nQ:\nWho scored?\nA:\nPedri.\n1. **Why?**\nForm.')).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona.'},
      {question: 'Who scored?', answer: 'Pedri.'},
      {question: 'Why?', answer: 'Form.'},
    ]);
  });

  it('reads a "People also ask" block', () => {
    expect(questions('Story.\n\nPeople also ask\n\nWho won?\nBarcelona.')).to.deep.equal(['Who won?']);
  });

  it('reads numbered questions', () => {
    const faq = extractFaq('Frequently Asked Questions\n\n1. Who won the match?\nBarcelona won.\n\n2) Who scored?\nPedri scored twice.');
    expect(faq).to.deep.equal([
      {question: 'Who won the match?', answer: 'Barcelona won.'},
      {question: 'Who scored?', answer: 'Pedri scored twice.'},
    ]);
  });

  it('reads questions in bold markers and strips inline markdown', () => {
    const faq = extractFaq('**FAQ**\n\n**Who leads the [league](/table)?**\n**Real Madrid** leads.\n\n**Who is second?**\nBarcelona.');
    expect(faq).to.deep.equal([
      {question: 'Who leads the league?', answer: 'Real Madrid leads.'},
      {question: 'Who is second?', answer: 'Barcelona.'},
    ]);
  });

  it('ignores extra blank lines and keeps answer paragraphs', () => {
    const faq = extractFaq('FAQ\n\n\n\nWho won?\n\n\n\nBarcelona won.\n\n\nIt was close.\n\n\n\nWhen?\n\n\nSunday.\n\n');
    expect(faq).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona won.\n\nIt was close.'},
      {question: 'When?', answer: 'Sunday.'},
    ]);
  });

  it('reads Windows line ends the same as Unix ones', () => {
    const unix = SEED_ARTICLE.replace(/\r\n?/g, '\n');
    expect(extractFaq(unix.replace(/\n/g, '\r\n'))).to.deep.equal(extractFaq(unix));
    expect(extractFaq(unix.replace(/\n/g, '\r'))).to.deep.equal(extractFaq(unix));
  });

  it('keeps a question with an empty answer, flagged incomplete', () => {
    const faq = extractFaq('## FAQ\n### Q: Who won?\n### Q: Who scored?\nA: Pedri.');
    expect(faq).to.deep.equal([
      {question: 'Who won?', answer: '', incomplete: true},
      {question: 'Who scored?', answer: 'Pedri.'},
    ]);
  });

  it('flags template placeholders such as [insert time]', () => {
    const faq = extractFaq(corpusText('sd-barcelona-vs-elche-laliga-match-preview'));
    expect(faq.map((pair) => Boolean(pair.incomplete))).to.deep.equal([true, true, false]);
    expect(isPlaceholder('It starts at [insert time].')).to.equal(true);
    expect(isPlaceholder('It starts at 9 pm [CET].')).to.equal(false);
  });

  it('ends the section at a non-question heading such as "## Conclusion"', () => {
    const faq = extractFaq('## FAQ\n### Q: Who won?\nA: Barcelona.\n\n## Conclusion\nA great season.');
    expect(faq).to.deep.equal([{question: 'Who won?', answer: 'Barcelona.'}]);
  });

  it('ends the section at a bare "Conclusion" line in plain text', () => {
    const faq = extractFaq('FAQ:\n\nWho won?\n\nBarcelona.\n\nConclusion\n\nA great season for all.');
    expect(faq).to.deep.equal([{question: 'Who won?', answer: 'Barcelona.'}]);
  });

  it('ends the section at a rule (---)', () => {
    const faq = extractFaq('FAQ:\n\nWho won?\n\nBarcelona.\n\n---\n*Source: staff reports.*');
    expect(faq).to.deep.equal([{question: 'Who won?', answer: 'Barcelona.'}]);
  });

  it('reads markdown "### Q:" headings with "A:" answers', () => {
    expect(questions(corpusText('sd-la-liga-news-and-updates'))).to.deep.equal([
      'Who is currently at the top of the La Liga standings?',
      'Which team has been the most consistent in La Liga?',
      'Where can I find more La Liga news and updates?',
    ]);
  });

  it('reads headings without "?" nested in the FAQ as questions, and stops at a same-level heading', () => {
    const faq = extractFaq('## FAQ\n\n### Kick-off time\nIt starts at 9 pm.\n\n### Where to watch\nOn TV.\n\n## Related\nMore.');
    expect(faq).to.deep.equal([
      {question: 'Kick-off time', answer: 'It starts at 9 pm.'},
      {question: 'Where to watch', answer: 'On TV.'},
    ]);
  });

  it('ignores the introduction between the heading and the first question', () => {
    expect(questions('FAQ\n\nHere are answers to common questions.\n\nWho won?\nBarcelona.')).to.deep.equal(['Who won?']);
  });

  it('reads bulleted questions', () => {
    const faq = extractFaq('## FAQ\n- **What is it?** \n  A device.\n- **How much?**\n  $29.');
    expect(faq.map((pair) => pair.question)).to.deep.equal(['What is it?', 'How much?']);
  });

  it('skips a table-of-contents "FAQ" entry and reads the real section', () => {
    const text = 'Title\n\n## Table of contents\n- Intro\n- FAQ\n\nBody text.\n\n## FAQ\n\nWho won?\nBarcelona.';
    expect(questions(text)).to.deep.equal(['Who won?']);
  });

  it('skips an FAQ heading followed by long prose, and reads a later real one', () => {
    const text = 'Title\n\nFAQ\n\nOne line.\nTwo lines.\nThree lines.\nFour lines.\n\n## FAQ\n\nWho won?\nBarcelona.';
    expect(extractFaq(text)).to.deep.equal([{question: 'Who won?', answer: 'Barcelona.'}]);
  });

  it('reads an FAQ split under several FAQ headings as one', () => {
    const text = 'Story.\n\n## FAQ: the match\nWho won?\nBarcelona.\n\n## FAQ: tickets\nHow much?\n$50.\n\n## Conclusion\nEnd.';
    const section = findFaqSection(text.split('\n'));
    expect(section?.pairs.map((pair) => pair.question)).to.deep.equal(['Who won?', 'How much?']);
    expect(section?.end).to.equal(text.split('\n').indexOf('## Conclusion'));
  });

  it('reads the FAQ of an HTML page', () => {
    const html =
      '<html><head><title>x</title></head><body><p>Story.</p><h2>Frequently Asked Questions</h2>' +
      '<h3>Who won?</h3><p>Barcelona &amp; friends.</p><h3>When?</h3><p>On Sunday.</p><h2>Conclusion</h2><p>End.</p></body></html>';
    expect(extractFaq(html)).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona & friends.'},
      {question: 'When?', answer: 'On Sunday.'},
    ]);
  });

  it('reads an accordion whose questions are buttons', () => {
    const html =
      '<article><p>Story.</p><h2>FAQs</h2><div class="accordion"><button aria-expanded="false">When is kick-off?</button>' +
      '<div class="panel"><p>At 9 pm.</p></div><button>Where?</button><div class="panel"><p>In Elche.</p></div></div></article>';
    expect(extractFaq(html)).to.deep.equal([
      {question: 'When is kick-off?', answer: 'At 9 pm.'},
      {question: 'Where?', answer: 'In Elche.'},
    ]);
  });

  it('reads 100 pairs', () => {
    const lines = ['Story.', '', 'FAQ'];
    for (let i = 0; i < 100; i++) lines.push(`Q: Question number ${i}?`, `A: Answer ${i}.`);
    const faq = extractFaq(lines.join('\n'));
    expect(faq.length).to.equal(100);
    expect(faq[99]).to.deep.equal({question: 'Question number 99?', answer: 'Answer 99.'});
  });

  it('reports the lines the section spans', () => {
    const section = findFaqSection(['Story.', '', '## FAQ', 'Q: Who?', 'A: Me.', '', '## Conclusion', 'End.']);
    expect(section).to.deep.equal({start: 2, end: 6, pairs: [{question: 'Who?', answer: 'Me.'}]});
  });

  describe('on every corpus format', () => {
    const expected: Record<string, number> = {
      'seed-article': 4,
      'sd-2025-26-champions-league-fixtures-and-results': 3,
      'sd-barcelona-vs-elche-laliga-match-preview': 3,
      'sd-champions-league-matchday-8-preview': 3,
      'sd-elche-vs-barcelona-live-stream': 3,
      'sd-la-liga-news-and-updates': 3,
      'sd-premier-league-2025-2026': 3,
    };
    for (const {name, text} of CORPUS) {
      const count = expected[name] ?? 0;
      it(`${name}: ${count} pairs, clean questions, answers without labels`, () => {
        const faq = extractFaq(text);
        expect(faq.length).to.equal(count);
        for (const {question, answer} of faq) {
          expect(question).to.match(/^[A-Z].*\?$/);
          expect(question).to.not.match(/\*|^Q\b|#/);
          expect(answer).to.not.match(/^A:|\*\*/);
          expect(answer.length).to.be.greaterThan(10);
        }
      });
    }

    it('"## FAQ Section" with Q:/A: lines stops at "## Conclusion"', () => {
      const faq = extractFaq(corpusText('sd-premier-league-2025-2026'));
      expect(faq[2]?.answer).to.equal('Newcastle United has been a surprise package, with the team currently sitting in sixth place and pushing for a European spot.');
    });
  });

  describe('properties', () => {
    const WORDS = ['match', 'league', 'player', 'season', 'coach', 'city', 'rate', 'bank', 'vote', 'deal', 'talks', 'team'];
    const phrase = fc.array(fc.constantFrom(...WORDS), {minLength: 2, maxLength: 8}).map((words) => words.join(' ').replace(/^./, (first) => first.toUpperCase()));
    const pairs = fc.array(fc.record({question: phrase.map((p) => `${p}?`), answer: phrase.map((p) => `${p}.`)}), {minLength: 1, maxLength: 12});
    const HEADINGS = ['FAQ', 'FAQs:', '## FAQ', '## Frequently Asked Questions', '**FAQ Section**', 'Questions and answers', 'Q&A:'];
    type Pair = {question: string; answer: string};
    const FORMATS: Record<string, (pair: Pair, index: number) => string[]> = {
      plain: ({question, answer}) => [question, answer],
      qa: ({question, answer}) => [`Q: ${question}`, `A: ${answer}`],
      labelled: ({question, answer}, i) => [`Question ${i + 1}: ${question}`, `Answer: ${answer}`],
      boldLabels: ({question, answer}) => [`**Q:** ${question}`, `**A:** ${answer}`],
      heading: ({question, answer}) => [`### Q: ${question}`, `A: ${answer}`],
      bold: ({question, answer}) => [`**${question}**`, answer],
      numbered: ({question, answer}, i) => [`${i + 1}. ${question}`, answer],
      numberedBold: ({question, answer}, i) => [`${i + 1}. **${question}**`, answer],
      sameLine: ({question, answer}) => [`Q: ${question} A: ${answer}`],
      bullet: ({question, answer}) => [`- **${question}**`, answer],
    };

    it('reads back any list of pairs in every format, heading, spacing and line end', () => {
      fc.assert(
        fc.property(
          pairs,
          fc.constantFrom(...Object.keys(FORMATS)),
          fc.constantFrom(...HEADINGS),
          fc.constantFrom('\n', '\n\n', '\n\n\n'),
          fc.constantFrom('\n', '\r\n', '\r'),
          fc.constantFrom('', '\n\n## Conclusion\nThe end.', '\n\n---\n*Credit line.*'),
          (faq, format, heading, gap, lineEnd, ending) => {
            const render = FORMATS[format] as (pair: Pair, index: number) => string[];
            const body = faq.map((pair, i) => render(pair, i).join('\n')).join(gap);
            const text = `Title Here\n\nThe story. It has sentences.\n\n${heading}\n${body}${ending}`.replace(/\n/g, lineEnd);
            expect(extractFaq(text)).to.deep.equal(faq);
          }
        ),
        {numRuns: 300}
      );
    });

    it('never throws and returns well-formed pairs for any text', () => {
      const markdownish = fc.array(fc.constantFrom('FAQ', '## FAQ', 'Q:', 'A:', '?', '**', '#', '---', '\n', '\n\n', ' ', 'word', '1.', '- ', '[x](y)', '\r'), {maxLength: 60}).map((parts) => parts.join(''));
      fc.assert(
        fc.property(fc.oneof(fc.string({unit: 'grapheme', maxLength: 300}), markdownish), (text) => {
          for (const pair of extractFaq(text)) {
            expect(pair.question).to.be.a('string').and.not.equal('');
            expect(pair.answer).to.be.a('string');
            expect(pair.question).to.equal(pair.question.trim());
          }
        }),
        {numRuns: 500}
      );
    });
  });
});
