import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseArticle} from '../../src/quiz/reading/article.js';
import {parseArticleText, splitDateline} from '../../src/quiz/reading/article-text.js';
import {SEED_ARTICLE} from '../fixtures/articles.js';
import {CORPUS} from '../fixtures/corpus.js';

describe('parseArticle', () => {
  describe('on the seed article', () => {
    const article = parseArticle(SEED_ARTICLE);

    it('moves the dateline out of the first sentence', () => {
      expect(article.dateline).to.equal('SEOUL, Oct 20');
      expect(article.sentences[0]?.text).to.equal('North Korean leader Kim Jong Un reaffirmed his dedication to fulfilling the agreements made during his recent summit with Russian President Vladimir Putin.');
      expect(article.paragraphs[0]).to.match(/^North Korean leader/);
    });

    it('has no title, since the first line is a sentence', () => {
      expect(article.title).to.equal(undefined);
    });

    it('keeps the eight body paragraphs, FAQ excluded', () => {
      expect(article.paragraphs).to.have.length(8);
      expect(article.paragraphs.join(' ')).to.not.match(/Frequently Asked|What agreements/);
      expect(article.faq).to.have.length(4);
    });

    it('splits sentences with their paragraph index, keeping "U.S." inside', () => {
      expect(article.sentences).to.have.length(16);
      expect(article.sentences.map((s) => s.paragraph)).to.deep.equal([0, 0, 1, 1, 1, 2, 2, 3, 4, 4, 5, 5, 5, 6, 6, 7]);
      expect(article.sentences[12]?.text).to.match(/^While South Korea and the U\.S\. have expressed apprehension/);
    });
  });

  describe('title', () => {
    it('takes a short first line without a final period', () => {
      const article = parseArticle('Fed Holds Rates Steady\n\nThe Federal Reserve held rates. Markets rose.');
      expect(article.title).to.equal('Fed Holds Rates Steady');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['The Federal Reserve held rates.', 'Markets rose.']);
    });

    it('accepts a markdown or bold headline and a headline ending in "?"', () => {
      expect(parseArticle('# Big **News** Today\n\nBody text is here.').title).to.equal('Big News Today');
      expect(parseArticle('**Is the Fed Done?**\n\nBody text is here.').title).to.equal('Is the Fed Done?');
    });

    it('reads YAML front matter: its title, and no sentences from it', () => {
      const article = parseArticle('---\ntitle: "Fed Holds Rates"\ndate: 2026-01-28\ntags:\n- fed\n---\n\nThe Fed held rates. Markets rose.');
      expect(article.title).to.equal('Fed Holds Rates');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['The Fed held rates.', 'Markets rose.']);
    });

    it('leaves an opening rule that is not front matter alone', () => {
      const article = parseArticle('---\n\nThe Fed held rates today.\n\n---\n\nMarkets rose.');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['The Fed held rates today.', 'Markets rose.']);
    });

    it('rejects sentences, section labels and a line with nothing after it', () => {
      expect(parseArticle('The Fed held rates.\n\nMore text.').title).to.equal(undefined);
      expect(parseArticle('## Key Takeaways\n- One point that is long enough here.\n\nBody.').title).to.equal(undefined);
      expect(parseArticle('Only a headline').title).to.equal(undefined);
    });

    it('takes the <h1> of an HTML page', () => {
      const article = parseArticle('<html><body><h1>Kim meets Lavrov</h1><p>SEOUL (Reuters) - Kim met Lavrov. They talked.</p></body></html>');
      expect(article.title).to.equal('Kim meets Lavrov');
      expect(article.dateline).to.equal('SEOUL (Reuters)');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov.', 'They talked.']);
    });
  });

  describe('dateline', () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['SEOUL, Oct 20 – Kim met Lavrov.', 'SEOUL, Oct 20', 'Kim met Lavrov.'],
      ['WASHINGTON (Reuters) - The Fed held.', 'WASHINGTON (Reuters)', 'The Fed held.'],
      ['LONDON, Jan. 5, 2026 — Prices rose.', 'LONDON, Jan. 5, 2026', 'Prices rose.'],
      ['NEW YORK, Jan 5 (AP) — Stocks fell.', 'NEW YORK, Jan 5 (AP)', 'Stocks fell.'],
      ['KYIV, Ukraine — Sirens sounded.', 'KYIV, Ukraine', 'Sirens sounded.'],
      ['ST. LOUIS -- Rain fell.', 'ST. LOUIS', 'Rain fell.'],
      ['Seoul, Oct. 20 (Yonhap) - Kim met Lavrov.', 'Seoul, Oct. 20 (Yonhap)', 'Kim met Lavrov.'],
    ];
    for (const [paragraph, dateline, rest] of cases) {
      it(`reads "${paragraph}"`, () => {
        expect(splitDateline(paragraph)).to.deep.equal({dateline, rest});
      });
    }

    it('is found in the first paragraphs, after a standfirst', () => {
      const article = parseArticle('Title Of Story\n\nA short standfirst sums it up.\n\nLONDON (AP) — Prices rose. They fell later.');
      expect(article.dateline).to.equal('LONDON (AP)');
      expect(article.paragraphs).to.deep.equal(['A short standfirst sums it up.', 'Prices rose. They fell later.']);
    });

    it('leaves sentences that merely start with a name or a kicker alone', () => {
      expect(splitDateline('Kim Jong Un - the leader - spoke.')).to.equal(undefined);
      expect(splitDateline('BREAKING - Kim met Lavrov.')).to.equal(undefined);
      expect(splitDateline('NATO allies met on Monday.')).to.equal(undefined);
      expect(splitDateline('The U.S. - and its allies - agreed.')).to.equal(undefined);
    });
  });

  describe('a news web page', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Kim meets Lavrov | World News</title><style>.x{}</style></head><body>
      <div class="cookies">We use cookies to improve your experience. <button>Accept</button></div>
      <header><a href="/">World News</a><nav><ul><li><a href="/world">World</a></li></ul></nav></header>
      <main><article>
        <h1>Kim reaffirms commitment to Putin agreements</h1>
        <div class="byline">By <a href="/jane">Jane Doe</a> · <time>October 20, 2023</time></div>
        <figure><img src="k.jpg"><figcaption>Kim meets Lavrov. Photo: KCNA</figcaption></figure>
        <p>SEOUL, Oct 20 (Reuters) &ndash; Kim Jong Un met Sergei&nbsp;Lavrov in Pyongyang.</p>
        <div class="ad">Advertisement</div>
        <p>They discussed military cooperation.</p>
        <aside><h3>Related</h3><ul><li><a href="/a">Putin visits Pyongyang</a></li></ul></aside>
        <p>Reporting by Jane Doe; Editing by John Roe</p>
      </article>
      <section><h2>FAQ</h2><details><summary>Who is Lavrov?</summary><p>Russia's foreign minister.</p></details></section></main>
      <footer><p>&copy; 2023 World News. All rights reserved.</p></footer></body></html>`;
    const article = parseArticle(page);

    it('reads the story inside <article>: title from <h1>, dateline, prose only', () => {
      expect(article.title).to.equal('Kim reaffirms commitment to Putin agreements');
      expect(article.dateline).to.equal('SEOUL, Oct 20 (Reuters)');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Kim Jong Un met Sergei Lavrov in Pyongyang.', 'They discussed military cooperation.']);
    });

    it('finds an FAQ placed after the <article> element', () => {
      expect(article.faq).to.deep.equal([{question: 'Who is Lavrov?', answer: "Russia's foreign minister."}]);
    });

    it('takes the <h1> above the <article> element as the title', () => {
      const outside = parseArticle('<body><header><h1>Kim &amp; Lavrov meet</h1></header><article><p>Kim met Lavrov.</p></article></body>');
      expect(outside.title).to.equal('Kim & Lavrov meet');
      expect(outside.sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov.']);
    });

    it('falls back to the whole page when <article> holds no prose', () => {
      const shell = parseArticle('<body><article><h1>Title only</h1></article><div><p>Kim met Lavrov.</p></div></body>');
      expect(shell.sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov.']);
    });
  });

  describe('structured data', () => {
    const script = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const faqPage = {'@type': 'FAQPage', mainEntity: [{'@type': 'Question', name: 'Hidden?', acceptedAnswer: {text: 'Yes.'}}]};

    it('takes the FAQ from FAQPage data when the visible page has none', () => {
      const article = parseArticle(`<html><head>${script(faqPage)}</head><body><p>Kim met Lavrov.</p></body></html>`);
      expect(article.faq).to.deep.equal([{question: 'Hidden?', answer: 'Yes.'}]);
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov.']);
    });

    it('prefers the visible FAQ', () => {
      const article = parseArticle(`<html><head>${script(faqPage)}</head><body><p>Kim met Lavrov.</p><h2>FAQ</h2><p>Shown?</p><p>Yes.</p></body></html>`);
      expect(article.faq.map((pair) => pair.question)).to.deep.equal(['Shown?']);
    });

    it('reads the body from articleBody when the page shows no prose', () => {
      const data = {'@type': 'NewsArticle', headline: 'Kim &amp; Lavrov', articleBody: 'SEOUL (Reuters) - Kim met Lavrov.\n\nThey talked.'};
      const article = parseArticle(`<html><head>${script(data)}</head><body><div id="app"></div></body></html>`);
      expect(article.title).to.equal('Kim & Lavrov');
      expect(article.dateline).to.equal('SEOUL (Reuters)');
      expect(article.paragraphs).to.deep.equal(['Kim met Lavrov.', 'They talked.']);
    });

    it('ignores structured data in plain text', () => {
      expect(parseArticle(`Kim met Lavrov.\n\n${JSON.stringify(faqPage)}`).faq).to.deep.equal([]);
    });
  });

  describe('boilerplate', () => {
    it('drops headings, tables, link-only lines, captions, URLs, credits and short bullets from sentences', () => {
      const text = [
        'A Headline Here',
        '',
        '## Table of contents',
        '- Intro',
        '- FAQ',
        '',
        'Image: Kim and Lavrov shake hands in Pyongyang',
        'Photo credit: KCNA',
        'https://example.com/story',
        '![Kim](/kim.jpg)',
        '[Read the original story](https://example.com)',
        '',
        'Kim met Lavrov in Pyongyang.',
        '',
        '| Team | Points |',
        '| --- | --- |',
        '| Real Madrid | 43 |',
        '',
        '> **📰 Read Also:**',
        '> - [bruce meyer](/articles/bruce-meyer)',
        '',
        'Advertisement',
        '',
        '---',
        '*This article was written by a human editor.*',
      ].join('\n');
      const article = parseArticle(text);
      expect(article.title).to.equal('A Headline Here');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov in Pyongyang.']);
      expect(article.paragraphs).to.deep.equal(['Kim met Lavrov in Pyongyang.']);
    });

    it('keeps list items that read as sentences, without the bullet or bold markers', () => {
      const article = parseArticle('Title Line\n\n## Key Takeaways\n- **Rates unchanged**: The fed funds rate stays at 4.25%-4.50%.\n- Short item');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Rates unchanged: The fed funds rate stays at 4.25%-4.50%.']);
    });

    it('strips markdown from prose', () => {
      const article = parseArticle('Title Line\n\nThe **Champions League** is back, see [this](/x). It *starts* now.');
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['The Champions League is back, see this.', 'It starts now.']);
    });

    it('joins soft-wrapped lines, and reads one paragraph per line when there are no blank lines', () => {
      expect(parseArticle('Title Line\n\nKim met\nLavrov today.\n\nThey talked.').paragraphs).to.deep.equal(['Kim met Lavrov today.', 'They talked.']);
      expect(parseArticle('Kim met Lavrov today.\nThey talked for hours.\nPutin sent greetings.').paragraphs).to.have.length(3);
    });
  });

  describe('on the corpus', () => {
    for (const {name, text} of CORPUS) {
      it(`${name}: a title, prose sentences, no markup left`, () => {
        const article = parseArticle(text);
        if (name !== 'seed-article') expect(article.title).to.be.a('string').and.not.match(/[#*]/);
        expect(article.sentences.length).to.be.greaterThan(8);
        for (const {text: sentence, paragraph} of article.sentences) {
          expect(sentence).to.not.match(/\*\*|\]\(|^#|^\||^[-*] |https?:/);
          expect(article.paragraphs[paragraph]).to.include(sentence);
        }
        for (const pair of article.faq) expect(article.paragraphs.join('\n')).to.not.include(pair.question);
      });
    }
  });

  describe('parseArticleText', () => {
    it('reads plain and markdown text exactly as parseArticle does', () => {
      for (const {name, text} of CORPUS) {
        expect(JSON.stringify(parseArticleText(text)), name).to.equal(JSON.stringify(parseArticle(text)));
      }
      const markdown = '---\ntitle: "Fed Holds"\n---\n\n## The story\n\nAT&amp;T said **no**. Markets rose.\n\n## FAQ\n\n**Q:** Who?\n**A:** The Fed.';
      expect(parseArticleText(markdown)).to.deep.equal(parseArticle(markdown));
    });

    it('reads markup as text: only parseArticle reads HTML', () => {
      const text = 'Kim met Lavrov in <b>Pyongyang</b> on Monday, officials said.';
      expect(parseArticleText(text).sentences.map((s) => s.text)).to.deep.equal([text]);
      expect(parseArticle(text).sentences.map((s) => s.text)).to.deep.equal(['Kim met Lavrov in Pyongyang on Monday, officials said.']);
    });

    it('never throws', () => {
      expect(parseArticleText(undefined as unknown as string).sentences).to.deep.equal([]);
      expect(parseArticleText('').faq).to.deep.equal([]);
    });
  });

  describe('robustness', () => {
    const inputs: Array<[string, string]> = [
      ['empty', ''],
      ['spaces', '   \n\n\t '],
      ['punctuation only', '...!!!???\n\n---\n\n***'],
      ['one huge line', 'word '.repeat(200_000)],
      ['unicode', 'Ελλάδα. 東京は大きい。 Привет, мир! 🙂🙂 «Oui.» ¿Qué?'],
      ['html', '<html><body><p>x</p><<<>>><p</body>'],
      ['lone surrogates', '\ud800abc\udfff. Next.'],
      ['FAQ heading only', 'FAQ'],
      ['control characters', 'a\u0000b\u0007c. D.'],
    ];
    for (const [label, input] of inputs) {
      it(`never throws on ${label}`, () => {
        const article = parseArticle(input);
        expect(article.paragraphs).to.be.an('array');
        expect(article.sentences).to.be.an('array');
        expect(article.faq).to.be.an('array');
      });
    }

    it('survives non-string input at run time', () => {
      expect(parseArticle(undefined as unknown as string).sentences).to.deep.equal([]);
      expect(parseArticle(42 as unknown as string).sentences).to.be.an('array');
    });

    it('reads 100 FAQ pairs', () => {
      const lines = ['Title Line', '', 'Body text here.', '', '## FAQ'];
      for (let i = 0; i < 100; i++) lines.push(`### Q: Question ${i}?`, `A: Answer ${i}.`);
      const article = parseArticle(lines.join('\n'));
      expect(article.faq).to.have.length(100);
      expect(article.sentences.map((s) => s.text)).to.deep.equal(['Body text here.']);
    });

    // Speed is measured by `npm run bench`; this checks that a 1 MB input parses whole.
    it('parses 1 MB of articles', () => {
      let big = '';
      while (big.length < 1_000_000) big += CORPUS.map((article) => article.text).join('\n\n') + '\n\n';
      const article = parseArticle(big);
      expect(article.sentences.length).to.be.greaterThan(1000);
      expect(article.faq.length).to.be.greaterThan(0);
    });

    it('gives the same result for the same input', () => {
      expect(JSON.stringify(parseArticle(SEED_ARTICLE))).to.equal(JSON.stringify(parseArticle(SEED_ARTICLE)));
    });
  });

  describe('properties', () => {
    const lines = fc.constantFrom(
      'SEOUL, Oct 20 – Kim met Lavrov.',
      'A Headline Here',
      '## Section',
      '### Q: Who won?',
      'A: Barcelona.',
      'FAQ',
      'Frequently Asked Questions:',
      'What happened?',
      'It rained. Then it stopped.',
      '- **Bold**: a list item with words.',
      '| a | b |',
      '---',
      '> quoted text.',
      '*Italic credit.*',
      'https://example.com',
      '<p>Para.</p>',
      '&amp; &#8220;',
      '**Q:** Why?',
      '1. Why not?',
      'Image: a caption',
      '',
      '',
      '',
      '\r',
      '\u00a0',
      '\u200b',
      '東京は大きい。'
    );
    const documents = fc.oneof(
      fc.array(lines, {maxLength: 40}).map((parts) => parts.join('\n')),
      fc.string({unit: 'grapheme', maxLength: 400}),
      fc.string({unit: 'binary', maxLength: 200})
    );

    it('never throws, and every sentence lies in its paragraph in order', () => {
      fc.assert(
        fc.property(documents, (text) => {
          const article = parseArticle(text);
          let previous = 0;
          for (const sentence of article.sentences) {
            expect(sentence.text).to.not.equal('');
            expect(sentence.paragraph).to.be.at.least(previous);
            expect(article.paragraphs[sentence.paragraph]).to.include(sentence.text);
            previous = sentence.paragraph;
          }
          for (const paragraph of article.paragraphs) {
            expect(paragraph).to.equal(paragraph.trim());
            expect(paragraph).to.not.match(/\n/);
          }
          if (article.title !== undefined) expect(article.title).to.not.equal('');
        }),
        {numRuns: 500}
      );
    });

    it('reads Windows, old Mac and Unix line ends alike', () => {
      fc.assert(
        fc.property(fc.array(lines, {maxLength: 30}), (parts) => {
          const unix = parts.join('\n').replace(/\r/g, '');
          expect(parseArticle(unix.replace(/\n/g, '\r\n'))).to.deep.equal(parseArticle(unix));
          expect(parseArticle(unix.replace(/\n/g, '\r'))).to.deep.equal(parseArticle(unix));
        }),
        {numRuns: 200}
      );
    });
  });
});
