import {expect} from '@open-wc/testing';
import {faqFromStructuredData, hasJsonLdType, jsonLdNodes} from '../../src/quiz/reading/json-ld.js';

describe('schema.org FAQPage data', () => {
  const page = (...blocks: unknown[]) =>
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b)}</script>`).join('')}</head><body><p>Story.</p></body></html>`;

  it('reads mainEntity Questions with name and acceptedAnswer text, HTML and entities included', () => {
    const html = page({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {'@type': 'Question', name: 'Who won?', acceptedAnswer: {'@type': 'Answer', text: '<p>Barcelona &amp; <b>Pedri</b>.</p><p>It was close.</p>'}},
        {'@type': 'Question', name: 'When?', acceptedAnswer: {'@type': 'Answer', text: 'On Sunday.'}},
      ],
    });
    expect(faqFromStructuredData(html)).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona & Pedri.\n\nIt was close.'},
      {question: 'When?', answer: 'On Sunday.'},
    ]);
  });

  it('reads @graph, @type arrays, a single mainEntity, answer arrays, ItemLists, `text` questions and suggestedAnswer', () => {
    const html = page(
      '{"@type": "FAQPage", "mainEntity": [ broken json',
      {
        '@graph': [
          {'@type': 'WebPage', name: 'Page'},
          {'@type': ['FAQPage', 'WebPage'], mainEntity: {'@type': 'Question', text: 'Who won?', acceptedAnswer: [{text: 'Barcelona.'}]}},
        ],
      },
      {
        '@type': 'https://schema.org/FAQPage',
        mainEntity: [
          {'@type': 'Question', name: 'Who scored?', acceptedAnswer: {'@type': 'ItemList', itemListElement: [{name: 'Pedri.'}, {name: 'Gavi.'}]}},
          {'@type': 'Question', name: 'What next?', suggestedAnswer: [{text: 'A final.'}, {text: 'Ignored.'}]},
          {'@type': 'Question', name: 'Who won?', acceptedAnswer: {text: 'A duplicate.'}},
          {'@type': 'Question', name: 'Unanswered?'},
        ],
      }
    );
    expect(faqFromStructuredData(html)).to.deep.equal([
      {question: 'Who won?', answer: 'Barcelona.'},
      {question: 'Who scored?', answer: 'Pedri.\n\nGavi.'},
      {question: 'What next?', answer: 'A final.'},
      {question: 'Unanswered?', answer: '', incomplete: true},
    ]);
  });

  it('returns [] without FAQPage data, or with an unclosed script', () => {
    expect(faqFromStructuredData(page({'@type': 'NewsArticle', headline: 'x'}))).to.deep.equal([]);
    expect(faqFromStructuredData('<script type="application/ld+json">{"@type":"FAQPage"')).to.deep.equal([]);
    expect(faqFromStructuredData('plain text')).to.deep.equal([]);
  });
});

describe('jsonLdNodes', () => {
  it('finds typed nodes in document order, skipping broken blocks', () => {
    const html =
      '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Kim"}}</script>' +
      '<script type="application/ld+json">{broken</script><script type=application/ld+json>[{"@type": "FAQPage"}, {"name": "untyped"}]</script>';
    expect(jsonLdNodes(html).map((node) => node['@type'])).to.deep.equal(['NewsArticle', 'Person', 'FAQPage']);
    expect(jsonLdNodes('<p>No data.</p>')).to.deep.equal([]);
  });

  it('matches @type as a string, an array or a URL, ignoring case', () => {
    expect(hasJsonLdType({'@type': 'NewsArticle'}, 'newsarticle')).to.equal(true);
    expect(hasJsonLdType({'@type': ['WebPage', 'https://schema.org/FAQPage']}, 'FAQPage')).to.equal(true);
    expect(hasJsonLdType({'@type': 'Article'}, 'NewsArticle')).to.equal(false);
  });
});
