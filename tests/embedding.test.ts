import {expect, fixture, html, elementUpdated, waitUntil} from '@open-wc/testing';
import type {NewsQuiz} from '../src/news-quiz.js';
import '../src/news-quiz.js';
import type {NewsQuizErrorEvent} from '../src/events.js';

const BASE = '/tests/fixtures/embed';
const seedArticle = await (await fetch('/demo/seed-article.txt')).text();
const readyQuiz = await (await fetch(`${BASE}/quiz.json`)).json();

const $ = (el: NewsQuiz, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const shown = (el: NewsQuiz) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The next news-quiz-error the element fires. */
const nextError = (el: NewsQuiz) => new Promise<NewsQuizErrorEvent>((resolve) => el.addEventListener('news-quiz-error', resolve, {once: true}));

/** An element made from a template, and the first error it fires while starting (if any). */
async function mount(template: ReturnType<typeof html>): Promise<{el: NewsQuiz; errors: NewsQuizErrorEvent[]}> {
  const errors: NewsQuizErrorEvent[] = [];
  const listener = (event: Event) => errors.push(event as NewsQuizErrorEvent);
  document.addEventListener('news-quiz-error', listener);
  const el = await fixture<NewsQuiz>(template);
  await elementUpdated(el);
  document.removeEventListener('news-quiz-error', listener);
  return {el, errors};
}

/** Waits until a src load has settled: the loading line is gone. */
const settled = (el: NewsQuiz) => waitUntil(() => !$(el, '[part~="loading"]'), 'src never settled', {timeout: 5000});

describe('<news-quiz> inputs', () => {
  it('shows a ready quiz given as the `quiz` property, checked and cleaned, without writing one', async () => {
    const {el, errors} = await mount(html`<news-quiz .quiz=${readyQuiz} .article=${seedArticle}></news-quiz>`);
    expect(errors).to.have.length(0);
    expect(el.questions.map((q) => q.prompt)).to.deep.equal(['Which city hosted the summit?', 'Which years did the two sides plan exchanges for?']);
    // A bare string choice gets its letter; a missing kind is "authored".
    expect(el.questions[1].choices).to.deep.equal([
      {id: 'a', text: '2024-2025'},
      {id: 'b', text: '2022-2023'},
      {id: 'c', text: '2026-2027'},
    ]);
    expect(el.questions[1].kind).to.equal('authored');
    expect(shown(el)).to.contain('2 questions about this article.');
  });

  it('names the question and field of an invalid quiz, in the widget and in the error event', async () => {
    const broken = {questions: [readyQuiz.questions[0], {...readyQuiz.questions[1], id: 'q2', answer: 'z'}]};
    const {el, errors} = await mount(html`<news-quiz .quiz=${broken}></news-quiz>`);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-quiz']);
    expect(errors[0].detail.message).to.contain('q2, answer');
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('q2, answer');
    expect(el.questions).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads a reviewed quiz from a <script type="application/json"> child, ahead of any article text', async () => {
    const json = JSON.stringify(readyQuiz);
    const {el, errors} = await mount(
      html`<news-quiz>
        <p>Kim Jong Un met Sergei Lavrov in Pyongyang on Friday, state media said.</p>
        <script type="application/json">
          ${json}
        </script>
      </news-quiz>`
    );
    expect(errors).to.have.length(0);
    expect(el.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    const malformed = await mount(
      html`<news-quiz
        ><script type="application/json">
          {"questions": [
        </script></news-quiz
      >`
    );
    expect(malformed.errors.map((e) => e.detail.code)).to.deep.equal(['invalid-quiz']);
    expect($(malformed.el, '[role="alert"]')).to.exist;
  });

  it('loads a quiz JSON from `src`, with a loading line first, and loads again when `src` changes', async () => {
    const el = await fixture<NewsQuiz>(html`<news-quiz src=${`${BASE}/quiz.json`}></news-quiz>`);
    expect($(el, '[part~="loading"]')?.textContent).to.contain('Loading the quiz');
    await settled(el);
    expect(el.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    el.src = `${BASE}/article.txt`;
    await elementUpdated(el);
    await settled(el);
    expect(el.questions.length).to.be.at.least(3);
    expect(el.questions.some((q) => q.prompt === 'What agreements were made between Kim Jong Un and Vladimir Putin?')).to.be.true;
  });

  it('reads an HTML article from `src` inertly: no script runs, navigation and footer are left out', async () => {
    const w = window as Window & {pwned?: number};
    w.pwned = 0;
    const el = await fixture<NewsQuiz>(html`<news-quiz src=${`${BASE}/article.html`}></news-quiz>`);
    await settled(el);
    expect(w.pwned).to.equal(0);
    expect(el.questions.length).to.be.at.least(3);
    expect(JSON.stringify(el.questions)).to.not.match(/Home \| World|© News|pwned/);
  });

  it('reports a `src` that 404s, fails on the network, has the wrong type or passes 2 MB', async () => {
    const cases: [string, string][] = [
      [`${BASE}/missing.json`, 'src-failed'],
      ['http://127.0.0.1:9/quiz.json', 'src-failed'],
      [URL.createObjectURL(new Blob([new Uint8Array([137, 80, 78, 71])], {type: 'image/png'})), 'src-wrong-type'],
      [URL.createObjectURL(new Blob(['word '.repeat(450_000)], {type: 'text/plain'})), 'src-too-large'],
    ];
    for (const [src, code] of cases) {
      const el = document.createElement('news-quiz') as NewsQuiz;
      const error = nextError(el);
      el.src = src;
      document.body.append(el);
      expect((await error).detail.code, src).to.equal(code);
      await elementUpdated(el);
      expect($(el, '[role="alert"]'), src).to.exist;
      el.remove();
    }
  });

  it('reads the article from the page element `article-selector` names, without changing it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <article class="story-body">
          <h1>Talks in Pyongyang</h1>
          ${seedArticle.split('\n\n').map((p) => html`<p>${p}</p>`)}
        </article>
        <news-quiz article-selector=".story-body"></news-quiz>
      </div>`
    );
    const story = page.querySelector('.story-body')!;
    const before = story.innerHTML;
    const el = page.querySelector('news-quiz') as NewsQuiz;
    await elementUpdated(el);
    expect(el.questions.length).to.be.at.least(3);
    expect(story.innerHTML).to.equal(before);
    const missing = await mount(html`<news-quiz article-selector=".no-such-story"></news-quiz>`);
    expect(missing.errors.map((e) => e.detail.code)).to.deep.equal(['selector-not-found']);
    const invalid = await mount(html`<news-quiz article-selector="[[["></news-quiz>`);
    expect(invalid.errors.map((e) => e.detail.code)).to.deep.equal(['selector-not-found']);
  });

  it("falls back to the page's schema.org data: FAQPage and NewsArticle articleBody, past a broken block", async () => {
    const paragraphs = [
      'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
      'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
      'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
      'Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.',
    ].join('\n\n');
    const blocks = [
      '{"@context": "https://schema.org", "@type": "NewsArticle", ',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          {'@type': ['NewsArticle'], headline: 'Storm Daria hits the south-west', articleBody: paragraphs},
          {
            '@type': 'FAQPage',
            mainEntity: [
              {
                '@type': 'Question',
                name: 'How many trains did Network Rail cancel?',
                acceptedAnswer: {'@type': 'Answer', text: '<p>Network Rail cancelled <b>240 trains</b> between London and Bristol.</p>'},
              },
            ],
          },
        ],
      }),
    ];
    const scripts = blocks.map((text) => Object.assign(document.createElement('script'), {type: 'application/ld+json', textContent: text}));
    document.head.append(...scripts);
    try {
      const {el, errors} = await mount(html`<news-quiz></news-quiz>`);
      expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
      expect(el.questions.map((q) => q.prompt)).to.include('How many trains did Network Rail cancel?');
      expect(JSON.stringify(el.questions)).to.not.contain('<b>');
    } finally {
      for (const script of scripts) script.remove();
    }
  });

  it('reads an FAQ given as <dl> or <details> in the element, and leaves hidden content out', async () => {
    const story = [
      'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
      'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
      'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
      'Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.',
    ];
    const asDl = await mount(
      html`<news-quiz>
        ${story.map((p) => html`<p>${p}</p>`)}
        <p hidden>Secret draft: 999 trains were cancelled by Hidden Rail on Sunday in Exeter.</p>
        <h2>Frequently Asked Questions</h2>
        <dl>
          <dt>How many trains did Network Rail cancel?</dt>
          <dd>Network Rail cancelled 240 trains between London and Bristol.</dd>
        </dl>
      </news-quiz>`
    );
    expect(asDl.el.questions.map((q) => q.prompt)).to.include('How many trains did Network Rail cancel?');
    expect(JSON.stringify(asDl.el.questions)).to.not.match(/Hidden Rail|999/);
    const asDetails = await mount(
      html`<news-quiz>
        ${story.map((p) => html`<p>${p}</p>`)}
        <h2>FAQ</h2>
        <details>
          <summary>How many trains did Network Rail cancel?</summary>
          <p>Network Rail cancelled 240 trains between London and Bristol.</p>
        </details>
      </news-quiz>`
    );
    expect(asDetails.el.questions.map((q) => q.prompt)).to.include('How many trains did Network Rail cancel?');
  });

  it('shows quiz text as text: markup in a ready quiz is never put into the page', async () => {
    const w = window as Window & {pwned?: number};
    w.pwned = 0;
    const hostile = {
      questions: [
        {
          id: 'q1',
          prompt: '<img src=x onerror="window.pwned++">Which city?',
          choices: [
            {id: 'a', text: '"><svg onload="window.pwned++">'},
            {id: 'b', text: '<script>window.pwned++</script>'},
            {id: 'c', text: 'javascript:window.pwned++'},
          ],
          answer: 'a',
          evidence: '<a href="javascript:window.pwned++">link</a>',
        },
      ],
    };
    const el = await fixture<NewsQuiz>(html`<news-quiz .quiz=${hostile}></news-quiz>`);
    ($(el, '[part~="start-button"]') as HTMLButtonElement).click();
    await elementUpdated(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.pwned).to.equal(0);
    // (The element's own progress bar is an SVG; none other may appear.)
    expect(el.shadowRoot!.querySelector('img, svg:not(.progress-bar), script, a') === null, 'no markup from the quiz').to.be.true;
    expect(shown(el)).to.contain('<img src=x onerror="window.pwned++">Which city?');
  });

  it('reads a 5 MB article without blocking the page for 200 ms at a time', async () => {
    const story = 'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power. Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.\n\n';
    const huge = story.repeat(Math.ceil(5_000_000 / story.length));
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({type: 'longtask'});
    const el = await fixture<NewsQuiz>(html`<news-quiz></news-quiz>`);
    const done = new Promise((resolve) => {
      el.addEventListener('news-quiz-error', resolve, {once: true});
      const poll = setInterval(() => el.questions.length && (clearInterval(poll), resolve(undefined)), 50);
    });
    el.article = huge;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(Math.max(0, ...tasks), `long tasks: ${tasks.map((t) => t.toFixed(0)).join(', ')}`).to.be.below(200);
  });

  it('shows script-bearing input only as text, whatever the path: src HTML, JSON-LD answers, FAQ markup', async () => {
    const w = window as Window & {pwned?: number};
    w.pwned = 0;
    const hostileHtml = `<p>Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.<img src=x onerror="window.pwned++"></p>
      <p>Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.</p>
      <p>The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.</p>
      <p>Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.</p>
      <h2>FAQ</h2><h3 onclick="window.pwned++">How many trains did Network Rail cancel?</h3>
      <p>Network Rail cancelled 240 trains between London and Bristol.<svg onload="window.pwned++"></svg><a href="javascript:window.pwned++">more</a></p>`;
    const src = URL.createObjectURL(new Blob([hostileHtml], {type: 'text/html'}));
    const fromSrc = await fixture<NewsQuiz>(html`<news-quiz src=${src}></news-quiz>`);
    await settled(fromSrc);
    const ld = Object.assign(document.createElement('script'), {
      type: 'application/ld+json',
      textContent: JSON.stringify({
        '@type': 'FAQPage',
        mainEntity: [{'@type': 'Question', name: 'Where?<img src=x onerror="window.pwned++">', acceptedAnswer: {'@type': 'Answer', text: '"><svg onload="window.pwned++"> In Cornwall, on Tuesday.'}}],
        articleBody: hostileHtml,
      }),
    });
    document.head.append(ld);
    try {
      const fromData = await fixture<NewsQuiz>(html`<news-quiz></news-quiz>`);
      await elementUpdated(fromData);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const el of [fromSrc, fromData]) {
        expect(el.shadowRoot!.querySelector('img, svg:not(.progress-bar), script, a, h3[onclick]') === null, 'no markup from the input').to.be.true;
        expect(JSON.stringify(el.questions)).to.not.match(/onerror|onload|javascript:/);
      }
      expect(fromSrc.questions.length).to.be.at.least(3);
      expect(w.pwned).to.equal(0);
    } finally {
      ld.remove();
    }
  });

  it('starts a new quiz with no stale state when any input changes mid-quiz', async () => {
    const el = await fixture<NewsQuiz>(html`<news-quiz .quiz=${readyQuiz}></news-quiz>`);
    ($(el, '[part~="start-button"]') as HTMLButtonElement).click();
    await elementUpdated(el);
    (el.shadowRoot!.querySelector('input[type=radio]') as HTMLInputElement).click();
    ($(el, '[part~="check-button"]') as HTMLButtonElement).click();
    await elementUpdated(el);
    expect($(el, '[part~="feedback"]')).to.exist;
    // A new ready quiz: back to its start screen, nothing checked, its own questions.
    const other = {questions: [{id: 'n1', prompt: 'Which sea?', choices: ['North Sea', 'Baltic Sea', 'Irish Sea'], answer: 'a'}]};
    el.quiz = other;
    await elementUpdated(el);
    expect(el.questions.map((q) => q.id)).to.deep.equal(['n1']);
    expect($(el, '[part~="start-button"]')).to.exist;
    ($(el, '[part~="start-button"]') as HTMLButtonElement).click();
    await elementUpdated(el);
    expect($(el, '[part~="feedback"]')).to.equal(null);
    expect((el.shadowRoot!.querySelectorAll('input[type=radio]:checked') as NodeListOf<HTMLInputElement>).length).to.equal(0);
    // Then an article instead (the quiz property cleared): a written quiz, from its start.
    el.quiz = undefined;
    el.article = seedArticle;
    await elementUpdated(el);
    expect(el.questions.length).to.be.at.least(3);
    expect($(el, '[part~="start-button"]')).to.exist;
  });

  it("shows each answer's sentence in the page's article from the review, highlighted without changing the page", async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <article class="story-body">${seedArticle.split('\n\n').map((p) => html`<p>${p}</p>`)}</article>
        <news-quiz article-selector=".story-body" seed="s" count="3"></news-quiz>
      </div>`
    );
    const story = page.querySelector('.story-body')!;
    const before = story.innerHTML;
    const el = page.querySelector('news-quiz') as NewsQuiz;
    await elementUpdated(el);
    ($(el, '[part~="start-button"]') as HTMLButtonElement).click();
    for (const question of el.questions) {
      await elementUpdated(el);
      const radio = [...el.shadowRoot!.querySelectorAll('input[type=radio]')].find((input) => (input as HTMLInputElement).value === question.answer) as HTMLInputElement;
      radio.click();
      ($(el, '[part~="check-button"]') as HTMLButtonElement).click();
      await elementUpdated(el);
      ($(el, '[part~="next-button"]') as HTMLButtonElement).click();
    }
    await elementUpdated(el);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part~="show-in-article"]')] as HTMLButtonElement[];
    expect(buttons.length).to.be.at.least(1);
    buttons[buttons.length - 1].click();
    const highlights = (CSS as unknown as {highlights: Map<string, {values(): IterableIterator<Range>}>}).highlights;
    const [range] = [...highlights.get('news-quiz-evidence')!.values()];
    const question = el.questions.find((q) => q.evidence && range.toString().startsWith(q.evidence.slice(0, 30)));
    expect(question, range.toString()).to.not.equal(undefined);
    expect(story.innerHTML).to.equal(before);
    highlights.delete('news-quiz-evidence');
  });

  it('keeps several widgets on one page independent', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <news-quiz .quiz=${readyQuiz}></news-quiz>
        <news-quiz .article=${seedArticle} seed="a"></news-quiz>
        <news-quiz article-selector=".nowhere"></news-quiz>
      </div>`
    );
    const [a, b, c] = [...page.querySelectorAll('news-quiz')] as NewsQuiz[];
    await Promise.all([a, b, c].map((el) => elementUpdated(el)));
    expect(a.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    expect(b.questions.length).to.be.at.least(3);
    expect(c.questions).to.have.length(0);
    ($(a, '[part~="start-button"]') as HTMLButtonElement).click();
    await elementUpdated(a);
    expect($(a, 'fieldset')).to.exist;
    expect($(b, 'fieldset')).to.equal(null);
    expect($(c, '[role="alert"]')).to.exist;
  });
});
