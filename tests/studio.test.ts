import {expect, fixture, html, oneEvent, elementUpdated, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {NewsQuizStudio, defineNewsQuizStudio} from '../src/news-quiz-studio.js';
import type {NewsQuiz} from '../src/news-quiz.js';
import type {Quiz} from '../src/quiz/types.js';
import {SEED_ARTICLE} from './fixtures/articles.js';

const shadow = (el: NewsQuizStudio) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: NewsQuizStudio, selector: string) => shadow(el).querySelector(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: NewsQuizStudio, selector: string) => Array.from(shadow(el).querySelectorAll(selector)) as T[];
const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ').trim();
const alert = (el: NewsQuizStudio) => text($(el, '[role="alert"]')!);
const status = (el: NewsQuizStudio) => text($(el, '[role="status"]')!);

const QUIZ: Quiz = {
  questions: [
    {
      id: 'q1',
      kind: 'authored',
      prompt: 'Who met Kim in Pyongyang?',
      choices: [
        {id: 'a', text: 'Sergei Lavrov'},
        {id: 'b', text: 'Choe Son Hui'},
        {id: 'c', text: 'Vladimir Putin'},
      ],
      answer: 'a',
    },
    {
      id: 'q2',
      kind: 'authored',
      prompt: 'Which years does the exchange plan cover?',
      choices: [
        {id: 'a', text: '2022-2023'},
        {id: 'b', text: '2024-2025'},
        {id: 'c', text: '2026-2027'},
      ],
      answer: 'b',
    },
    {
      id: 'q3',
      kind: 'authored',
      prompt: 'Which agency reported the meeting?',
      choices: [
        {id: 'a', text: 'Yonhap'},
        {id: 'b', text: 'TASS'},
        {id: 'c', text: 'KCNA'},
      ],
      answer: 'c',
    },
  ],
};

async function studio(): Promise<NewsQuizStudio> {
  const el = await fixture<NewsQuizStudio>(html`<news-quiz-studio></news-quiz-studio>`);
  await el.updateComplete;
  return el;
}

async function withQuiz(quiz: Quiz = QUIZ): Promise<NewsQuizStudio> {
  const el = await studio();
  el.quiz = quiz;
  await el.updateComplete;
  return el;
}

async function click(el: NewsQuizStudio, target: HTMLElement | null) {
  expect(target).to.exist;
  target!.click();
  await el.updateComplete;
  await elementUpdated(el);
}

/** The button with this text in a question card (or anywhere, without a question). */
function button(el: NewsQuizStudio, label: string, questionId?: string): HTMLButtonElement | null {
  const scope = questionId ? $(el, `[data-question="${questionId}"]`)! : shadow(el);
  return Array.from(scope.querySelectorAll('button')).find((b) => text(b) === label) ?? null;
}

async function edit(el: NewsQuizStudio, selector: string, value: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector);
  expect(field, selector).to.exist;
  field!.value = value;
  field!.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

/** Clicks Download and returns the quiz JSON the studio offered. */
async function exported(el: NewsQuizStudio): Promise<Quiz | undefined> {
  const original = URL.createObjectURL;
  const clickOriginal = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:test';
  };
  HTMLAnchorElement.prototype.click = function () {};
  try {
    await click(el, button(el, 'Download quiz JSON'));
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = clickOriginal;
  }
  return blob ? JSON.parse(await blob.text()) : undefined;
}

async function pickFile(el: NewsQuizStudio, selector: string, file: File) {
  const input = $<HTMLInputElement>(el, selector)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

const preview = (el: NewsQuizStudio) => $<NewsQuiz>(el, 'news-quiz')!;

describe('<news-quiz-studio>', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('is defined once, with no error on a second define', () => {
    defineNewsQuizStudio();
    expect(customElements.get('news-quiz-studio')).to.equal(NewsQuizStudio);
  });

  it('is accessible when empty, and refuses to publish nothing', async () => {
    const el = await studio();
    expect(el.quiz).to.deep.equal({questions: []});
    await expect(el).to.be.accessible();
    expect(await exported(el)).to.equal(undefined);
    expect(alert(el)).to.include('no questions');
    await expect(el).to.be.accessible();
  });

  it('paste → draft: shows each question with its key, explanation, evidence and confidence', async () => {
    const el = await studio();
    $<HTMLTextAreaElement>(el, '#article-text')!.value = SEED_ARTICLE;
    const changed = oneEvent(el, 'news-quiz-studio-change');
    await click(el, $(el, 'button[type="submit"]'));
    const {detail} = await changed;
    expect(detail.quiz.questions.length).to.be.greaterThan(2);
    expect(el.quiz).to.deep.equal(detail.quiz);
    const first = el.quiz.questions[0];
    const card = $(el, `[data-question="${first.id}"]`)!;
    expect($<HTMLTextAreaElement>(el, `#prompt-${first.id}`)!.value).to.equal(first.prompt);
    expect($<HTMLInputElement>(el, `#answer-${first.id}-${first.answer}`)!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, `#explanation-${first.id}`)!.value).to.equal(first.explanation);
    expect(text(card)).to.include(first.evidence!);
    expect(text(card)).to.match(/engine confidence \d+%/);
    expect(preview(el).questions).to.deep.equal(el.quiz.questions);
    await expect(el).to.be.accessible();
  });

  it('reads pasted HTML as text with DOMParser, never running it', async () => {
    const el = await studio();
    (window as {pwned?: boolean}).pwned = false;
    const paragraphs = SEED_ARTICLE.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    $<HTMLTextAreaElement>(el, '#article-text')!.value = `<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>${paragraphs}`;
    await click(el, $(el, 'button[type="submit"]'));
    expect(el.quiz.questions.length).to.be.greaterThan(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as {pwned?: boolean}).pwned).to.equal(false);
  });

  it('opens an article file', async () => {
    const el = await studio();
    await pickFile(el, 'input[type="file"][accept^=".txt"]', new File([SEED_ARTICLE], 'story.md', {type: 'text/markdown'}));
    // (Reading the file and loading the engine are asynchronous: on a busy machine they take longer than the pick.)
    await waitUntil(() => el.quiz.questions.length > 2, 'the draft is written', {timeout: 10000});
    expect(el.quiz.questions.length).to.be.greaterThan(2);
    expect($<HTMLTextAreaElement>(el, '#article-text')!.value).to.equal(SEED_ARTICLE);
  });

  it('drafts from the article property without an event, and honours count and seed', async () => {
    const el = await fixture<NewsQuizStudio>(html`<news-quiz-studio count="3" seed="s"></news-quiz-studio>`);
    let events = 0;
    el.addEventListener('news-quiz-studio-change', () => events++);
    el.article = SEED_ARTICLE;
    await el.updateComplete;
    expect(el.quiz.questions).to.have.length(3);
    expect(events).to.equal(0);
  });

  it('fits 360 px: nothing wider than the box', async () => {
    const el = await fixture<NewsQuizStudio>(html`<news-quiz-studio style="width: 360px"></news-quiz-studio>`);
    el.quiz = QUIZ;
    await el.updateComplete;
    const base = $(el, '.base')!;
    const wide = $$(el, '*')
      .filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5)
      .map((node) => node.outerHTML.slice(0, 80));
    expect(wide).to.deep.equal([]);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const node of $$(el, 'button, textarea, input, fieldset')) expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('edit a stem → the preview shows it, with a change event', async () => {
    const el = await withQuiz();
    const changed = oneEvent(el, 'news-quiz-studio-change');
    await edit(el, '#prompt-q1', 'Whom did Kim meet?');
    expect((await changed).detail.quiz.questions[0].prompt).to.equal('Whom did Kim meet?');
    await elementUpdated(preview(el));
    const reader = preview(el);
    expect(reader.questions[0].prompt).to.equal('Whom did Kim meet?');
    reader.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    await reader.updateComplete;
    expect(text(reader.shadowRoot!.querySelector('[part~="prompt"]')!)).to.include('Whom did Kim meet?');
  });

  it('edits a choice, the key and the explanation', async () => {
    const el = await withQuiz();
    await edit(el, '#choice-q1-b', 'Choe Son-hui');
    await click(el, $(el, '#answer-q1-c'));
    await edit(el, '#explanation-q1', 'KCNA said so.');
    expect(el.quiz.questions[0]).to.deep.include({answer: 'c', explanation: 'KCNA said so.'});
    expect(el.quiz.questions[0].choices[1].text).to.equal('Choe Son-hui');
  });

  it('delete and reorder → the exported JSON matches, focus kept sensible', async () => {
    const el = await withQuiz();
    await click(el, button(el, 'Delete', 'q2'));
    expect(shadow(el).activeElement?.id).to.equal('heading-q3');
    expect(status(el)).to.include('deleted');
    await click(el, button(el, 'Move down', 'q1'));
    // At the bottom, its Move down is disabled: focus goes to the moved question's heading.
    expect(shadow(el).activeElement?.id).to.equal('heading-q1');
    const quiz = await exported(el);
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q3', 'q1']);
    expect(quiz).to.deep.equal(el.quiz);
    await expect(el).to.be.accessible();
  });

  it('reorders with the keyboard: Alt+ArrowUp in a question, and Move up keeps the focus on the button', async () => {
    const el = await withQuiz();
    $(el, '#prompt-q3')!.focus();
    await sendKeys({down: 'Alt'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({up: 'Alt'});
    await el.updateComplete;
    expect(el.quiz.questions.map((q) => q.id)).to.deep.equal(['q1', 'q3', 'q2']);
    expect(shadow(el).activeElement?.id).to.equal('heading-q3');
    const up = $<HTMLButtonElement>(el, '[data-question="q3"] [data-action="up"]')!;
    up.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.quiz.questions.map((q) => q.id)).to.deep.equal(['q3', 'q1', 'q2']);
    expect(shadow(el).activeElement?.id).to.equal('heading-q3');
  });

  it('duplicates and deletes the last question, focus going to Add a question', async () => {
    const el = await withQuiz({questions: [QUIZ.questions[0]]});
    await click(el, button(el, 'Duplicate', 'q1'));
    expect(el.quiz.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2']);
    expect(el.quiz.questions[1].kind).to.equal('authored');
    await click(el, button(el, 'Delete', 'q2'));
    await click(el, button(el, 'Delete', 'q1'));
    expect(shadow(el).activeElement?.id).to.equal('add-question');
    expect($(el, 'news-quiz')).to.equal(null);
  });

  it('adds a question by hand, and blocks one without a stem', async () => {
    const el = await withQuiz();
    await click(el, $(el, '#add-question'));
    expect(shadow(el).activeElement?.id).to.equal('new-prompt');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#new-choice-0')!.value = 'Yes';
    $<HTMLInputElement>(el, '#new-choice-1')!.value = 'No';
    await click(el, button(el, 'Add'));
    expect(el.quiz.questions).to.have.length(3);
    expect(alert(el)).to.include('question is empty');
    $<HTMLTextAreaElement>(el, '#new-prompt')!.value = 'Did they meet?';
    await click(el, button(el, 'Add'));
    expect(el.quiz.questions[3]).to.deep.equal({
      id: 'q4',
      kind: 'authored',
      prompt: 'Did they meet?',
      choices: [
        {id: 'a', text: 'Yes'},
        {id: 'b', text: 'No'},
      ],
      answer: 'a',
    });
    expect(shadow(el).activeElement?.id).to.equal('heading-q4');
  });

  it('invalid edits are blocked with a message naming the question and field', async () => {
    const el = await withQuiz();
    let events = 0;
    el.addEventListener('news-quiz-studio-change', () => events++);
    await edit(el, '#prompt-q2', '   ');
    expect(el.quiz.questions[1].prompt).to.equal(QUIZ.questions[1].prompt);
    expect(alert(el)).to.equal('Not saved: Question 2, question: is empty');
    expect($(el, '#prompt-q2')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#prompt-q2')!.getAttribute('aria-describedby')).to.equal('error-q2-prompt');
    await expect(el).to.be.accessible();
    await edit(el, '#choice-q2-a', '2024-2025');
    expect(alert(el)).to.include('repeats another choice');
    await edit(el, '#choice-q2-a', 'x'.repeat(2001));
    expect(alert(el)).to.include('longer than 2000');
    await click(el, $(el, '[data-question="q2"] button[aria-label="Remove choice B"]'));
    expect(alert(el)).to.include('right answer');
    expect(events).to.equal(0);
    expect(el.quiz).to.deep.equal(QUIZ);
  });

  it('import → edit → export round trip; a bad file is named', async () => {
    const el = await studio();
    await pickFile(el, 'input[accept^=".json"]', new File([JSON.stringify(QUIZ)], 'quiz.json', {type: 'application/json'}));
    expect(el.quiz).to.deep.equal(QUIZ);
    expect(status(el)).to.include('Imported 3 questions');
    await edit(el, '#prompt-q3', 'Which state agency reported it?');
    const quiz = await exported(el);
    expect(quiz).to.deep.equal({questions: [QUIZ.questions[0], QUIZ.questions[1], {...QUIZ.questions[2], prompt: 'Which state agency reported it?'}]});
    const broken = {questions: [{...QUIZ.questions[0], answer: 'z'}]};
    await pickFile(el, 'input[accept^=".json"]', new File([JSON.stringify(broken)], 'bad.json', {type: 'application/json'}));
    expect(alert(el)).to.include('bad.json').and.include('answer');
    expect(el.quiz).to.deep.equal(quiz);
  });

  it('copies an embed snippet, inline or with src', async () => {
    const el = await withQuiz();
    const inline = $<HTMLTextAreaElement>(el, '#embed-code')!.value;
    const doc = new DOMParser().parseFromString(inline, 'text/html');
    expect(JSON.parse(doc.querySelector('news-quiz script')!.textContent!)).to.deep.equal(QUIZ);
    const radios = $$<HTMLInputElement>(el, 'input[name="embed"]');
    await click(el, radios[1]);
    await edit(el, '#embed-url', '/quizzes/kim.json');
    $<HTMLInputElement>(el, '#embed-url')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#embed-code')!.value).to.equal('<news-quiz src="/quizzes/kim.json"></news-quiz>');
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    let copied = '';
    clipboard.writeText = async (value: string) => void (copied = value);
    try {
      await click(el, button(el, 'Copy embed code'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
    } finally {
      clipboard.writeText = writeText;
    }
    expect(copied).to.equal('<news-quiz src="/quizzes/kim.json"></news-quiz>');
    expect(status(el)).to.equal('Embed code copied.');
    await expect(el).to.be.accessible();
  });

  it('undo and redo, with the buttons and Ctrl+Z / Ctrl+Shift+Z', async () => {
    const el = await withQuiz();
    await edit(el, '#prompt-q1', 'First edit?');
    await click(el, button(el, 'Delete', 'q3'));
    await click(el, button(el, 'Undo'));
    expect(el.quiz.questions).to.have.length(3);
    await click(el, button(el, 'Undo'));
    expect(el.quiz).to.deep.equal(QUIZ);
    expect($<HTMLTextAreaElement>(el, '#prompt-q1')!.value).to.equal(QUIZ.questions[0].prompt);
    await click(el, button(el, 'Redo'));
    expect(el.quiz.questions[0].prompt).to.equal('First edit?');
    button(el, 'Redo')!.focus();
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'z'});
    await sendKeys({up: 'Control'});
    await el.updateComplete;
    expect(el.quiz).to.deep.equal(QUIZ);
    await sendKeys({down: 'Control'});
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Z'});
    await sendKeys({up: 'Shift'});
    await sendKeys({up: 'Control'});
    await el.updateComplete;
    expect(el.quiz.questions[0].prompt).to.equal('First edit?');
  });

  it('reload restores the draft, by article and as the last one worked on', async () => {
    const first = await fixture<NewsQuizStudio>(html`<news-quiz-studio seed="r"></news-quiz-studio>`);
    first.article = SEED_ARTICLE;
    await first.updateComplete;
    const id = first.quiz.questions[0].id;
    await edit(first, `#prompt-${id}`, 'Edited before the reload?');
    const saved = first.quiz;
    first.remove();
    const byArticle = await fixture<NewsQuizStudio>(html`<news-quiz-studio .article=${SEED_ARTICLE}></news-quiz-studio>`);
    await byArticle.updateComplete;
    expect(byArticle.quiz).to.deep.equal(saved);
    expect(byArticle.seed).to.equal('r');
    const last = await studio();
    expect(last.quiz).to.deep.equal(saved);
    expect($<HTMLTextAreaElement>(last, '#article-text')!.value).to.equal(SEED_ARTICLE);
  });

  it('warns when the storage is full or blocked, and keeps working in memory', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await withQuiz();
      await edit(el, '#prompt-q1', 'Still editable?');
      expect(el.quiz.questions[0].prompt).to.equal('Still editable?');
      expect(text(shadow(el))).to.include('would not save the draft');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('shows the engine’s warnings about a question', async () => {
    const el = await withQuiz({
      questions: [
        {
          id: 'q1',
          kind: 'authored',
          prompt: 'Did Sergei Lavrov meet Kim?',
          choices: [
            {id: 'a', text: 'Sergei Lavrov'},
            {id: 'b', text: 'Nobody'},
          ],
          answer: 'a',
        },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.requestUpdate();
    await el.updateComplete;
    const warnings = text($(el, '[part="warnings"]')!);
    expect(warnings).to.include('Fewer than 3 choices').and.include('gives its answer away');
    await expect(el).to.be.accessible();
  });

  it('replaces a question with the engine’s next-best one, and regenerates distractors', async () => {
    const el = await fixture<NewsQuizStudio>(html`<news-quiz-studio seed="n" count="3"></news-quiz-studio>`);
    // (An article with more good candidates than the quiz asks: the seed article's three FAQs are all it has.)
    el.article = [
      'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.',
      'Network Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.',
      'The Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.',
      'Ferry operator Brittany Ferries cancelled 12 crossings from Plymouth to Roscoff, affecting 4,000 passengers.',
      'Insurers expect claims of about £350m, the Association of British Insurers said on Wednesday.',
    ].join('\n\n');
    await el.updateComplete;
    const before = el.quiz;
    const target = before.questions[before.questions.length - 1];
    await click(el, button(el, 'Another question', target.id));
    await el.updateComplete;
    const after = el.quiz.questions.find((q) => q.id === target.id)!;
    expect(after.prompt).not.to.equal(target.prompt);
    expect(status(el)).to.include('next-best');
    await click(el, button(el, 'Undo'));
    expect(el.quiz).to.deep.equal(before);
    const figure =
      'Storm Daria brought winds of 90 mph to Cornwall on Tuesday, and 120,000 homes lost power.\n\nNetwork Rail cancelled 240 trains between London and Bristol, while Great Western Railway ran 60 buses.\n\nThe Met Office issued 14 flood warnings across Devon, and Devon County Council opened 6 rest centres.';
    el.article = figure;
    await el.updateComplete;
    const question = el.quiz.questions[0];
    await click(el, button(el, 'New wrong choices', question.id));
    await el.updateComplete;
    const fresh = el.quiz.questions[0];
    const key = (q: typeof question) => q.choices.find((c) => c.id === q.answer)!.text;
    expect(key(fresh)).to.equal(key(question));
    expect(fresh.choices.map((c) => c.text)).not.to.deep.equal(question.choices.map((c) => c.text));
  });
});
