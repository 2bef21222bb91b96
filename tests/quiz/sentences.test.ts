import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {splitSentences} from '../../src/quiz/reading/sentences.js';

describe('sentence splitter', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(splitSentences('One is here. Two? Three! Four.')).to.deep.equal(['One is here.', 'Two?', 'Three!', 'Four.']);
  });

  it('returns [] for empty or blank text, and keeps text without a final stop', () => {
    expect(splitSentences('')).to.deep.equal([]);
    expect(splitSentences('   ')).to.deep.equal([]);
    expect(splitSentences('No stop here')).to.deep.equal(['No stop here']);
  });

  it('does not split after titles', () => {
    const text = 'Mr. Kim met Dr. Smith and Gov. Newsom. Sen. Warren and Prof. Lee agreed. St. Louis won.';
    expect(splitSentences(text)).to.deep.equal(['Mr. Kim met Dr. Smith and Gov. Newsom.', 'Sen. Warren and Prof. Lee agreed.', 'St. Louis won.']);
  });

  it('does not split inside U.S., U.K. and a.m./p.m. unless a new sentence clearly starts', () => {
    expect(splitSentences('The U.S. Navy and U.K. officials met at 9 a.m. Eastern time.')).to.have.length(1);
    expect(splitSentences('He flew to the U.S. The talks began.')).to.deep.equal(['He flew to the U.S.', 'The talks began.']);
    expect(splitSentences('It ended at 5 p.m. The crowd left.')).to.deep.equal(['It ended at 5 p.m.', 'The crowd left.']);
    expect(splitSentences('A hostile U.S.-led camp. Next.')).to.deep.equal(['A hostile U.S.-led camp.', 'Next.']);
  });

  it('does not split after month abbreviations before a day, "No." before a number, vs., e.g. and i.e.', () => {
    expect(splitSentences('On Jan. 5 and Oct. 20, 2026, No. 10 faced Barcelona vs. Elche, e.g. Pedri, i.e. a star.')).to.have.length(1);
    expect(splitSentences('Talks ended in Sept. The deal holds.')).to.deep.equal(['Talks ended in Sept.', 'The deal holds.']);
  });

  it('keeps initials with the name', () => {
    expect(splitSentences('J. K. Rowling wrote it. George W. Bush read it.')).to.deep.equal(['J. K. Rowling wrote it.', 'George W. Bush read it.']);
  });

  it('does not split decimals, versions or times', () => {
    expect(splitSentences('Rates rose 3.5 percent to 4.25%. iOS 16.4 shipped at 10.30.')).to.deep.equal(['Rates rose 3.5 percent to 4.25%.', 'iOS 16.4 shipped at 10.30.']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitSentences('He said "yes." Then he left. She wrote “no.” It ended (finally.) Good.')).to.deep.equal(['He said "yes."', 'Then he left.', 'She wrote “no.”', 'It ended (finally.)', 'Good.']);
  });

  it('does not split before a lower-case continuation', () => {
    expect(splitSentences('“Is it over?” he asked. “Yes!” she said.')).to.deep.equal(['“Is it over?” he asked.', '“Yes!” she said.']);
  });

  it('treats ellipses as an end only before a capital', () => {
    expect(splitSentences('Wait... and see. It ended… Then more.')).to.deep.equal(['Wait... and see.', 'It ended…', 'Then more.']);
  });

  it('splits repeated marks once', () => {
    expect(splitSentences('Really?! Yes!!! Ok.')).to.deep.equal(['Really?!', 'Yes!!!', 'Ok.']);
  });

  it('knows a few abbreviations of other languages, and German ordinals before a month', () => {
    expect(splitSentences('Er kam am 3. Oktober, z. B. mit Nr. 5. Dann ging er.')).to.deep.equal(['Er kam am 3. Oktober, z. B. mit Nr. 5.', 'Dann ging er.']);
    expect(splitSentences('La Sra. García llegó. ¿Quién ganó? ¡El Barça!')).to.deep.equal(['La Sra. García llegó.', '¿Quién ganó?', '¡El Barça!']);
    expect(splitSentences('Он пришёл, т.е. опоздал. Потом ушёл.')).to.deep.equal(['Он пришёл, т.е. опоздал.', 'Потом ушёл.']);
  });

  it('splits CJK full stops without spaces', () => {
    expect(splitSentences('今日は晴れです。明日は雨です。')).to.deep.equal(['今日は晴れです。', '明日は雨です。']);
  });

  it('keeps every character but the spaces between sentences', () => {
    const text = 'Kim met Lavrov. The U.S. said "no." Dr. Smith left at 5 p.m. Then? Nothing…';
    expect(splitSentences(text).join(' ')).to.equal(text);
  });

  // (The bounds catch super-linear blow-ups, which take minutes here; they are loose for loaded machines.)
  it('is linear on a huge paragraph and on pathological punctuation', () => {
    const huge = 'Kim met Lavrov in Pyongyang on Oct. 20 at 3.5 p.m. local time. '.repeat(20_000);
    let started = performance.now();
    expect(splitSentences(huge)).to.have.length(20_000);
    expect(performance.now() - started).to.be.lessThan(4000);
    started = performance.now();
    splitSentences('.'.repeat(300_000));
    splitSentences('a. '.repeat(100_000));
    splitSentences('U.'.repeat(100_000));
    expect(performance.now() - started).to.be.lessThan(4000);
  });

  describe('properties', () => {
    const pieces = fc.constantFrom(
      'Kim',
      'met',
      'Lavrov',
      'U.S.',
      'Mr.',
      'Dr.',
      'Oct.',
      '20',
      '3.5',
      'p.m.',
      'e.g.',
      'J.',
      'said',
      'the',
      'The',
      'It',
      '"yes."',
      '“no.”',
      '(aside.)',
      '...',
      '…',
      '?',
      '!',
      '.',
      ',',
      '?!',
      'iOS',
      '東京。',
      'Ελλάδα.',
      '🙂',
      '-',
      ''
    );
    const paragraph = fc
      .array(pieces, {maxLength: 40})
      .chain((words) => fc.array(fc.constantFrom(' ', '  ', '\n', ' \n '), {minLength: words.length, maxLength: words.length}).map((spaces) => words.map((word, i) => word + spaces[i]).join('')));

    it('loses and adds no characters except spaces between sentences', () => {
      fc.assert(
        fc.property(fc.oneof(paragraph, fc.string({unit: 'grapheme', maxLength: 200})), (text) => {
          const sentences = splitSentences(text);
          expect(sentences.join('').replace(/\s+/g, '')).to.equal(text.replace(/\s+/g, ''));
          for (const sentence of sentences) {
            expect(sentence).to.equal(sentence.trim());
            expect(sentence).to.not.equal('');
          }
        }),
        {numRuns: 500}
      );
    });

    it('is a pure function of its input', () => {
      fc.assert(
        fc.property(paragraph, (text) => {
          expect(splitSentences(text)).to.deep.equal(splitSentences(text.slice()));
        }),
        {numRuns: 100}
      );
    });
  });
});
