import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {NewsQuizAnswerEvent, NewsQuizCompleteEvent, NewsQuizErrorEvent, NewsQuizProgressEvent, NewsQuizStartEvent, type AnswerRecord, type NewsQuizErrorCode} from './events.js';
import {htmlText, looksLikeHtml, nodeText} from './dom-text.js';
import {jsonChild, quizJsonSource, quizSource, selectorSource, structuredData, type Source} from './sources.js';
import {loadProgress, progressKey, saveProgress} from './progress-store.js';
import {check, choiceOf, finish, go, newSession, pick, unanswered, type Phase, type Session} from './quiz-session.js';
import {isCorrect, scoreQuiz} from './quiz/score.js';
import type {Question} from './quiz/types.js';
import {newsQuizStyles} from './news-quiz.styles.js';
import {LocaleController} from './localization.js';
import type * as ResultActions from './result-actions.js';

/**
 * The engine's DEFAULT_QUESTION_COUNT (quiz/types.ts), kept here as a literal: importing it would give the
 * element and the engine a shared chunk, which a page with a ready quiz would load (tests check they agree).
 */
export const DEFAULT_COUNT = 5;

/** The result screen's own code (share, "Show in article"), once loaded: a chunk of its own. */
let resultActions: typeof ResultActions | undefined;
let resultActionsLoad: Promise<typeof ResultActions> | undefined;

/** Loads the result screen's code once per page; a failed load is tried again on the next call. */
function loadResultActions(): Promise<typeof ResultActions> {
  return (resultActionsLoad ??= import('./result-actions.js').then(
    (module) => (resultActions = module),
    (error: unknown) => {
      resultActionsLoad = undefined;
      throw error;
    }
  ));
}

/**
 * A multiple-choice quiz written from a news article: its FAQ section and the facts in its body.
 *
 * @summary Turns a news article into a quiz the reader can take, with feedback and a score.
 *
 * @slot - The article, as text or HTML, or a reviewed quiz in a `<script type="application/json">`. It is
 * read, never shown: the quiz is built from it. The content stays readable where scripts do not run.
 *
 * Inputs, first given wins: `quiz`, a JSON child, `src`, `article` or the element's own content,
 * `article-selector`, the page's schema.org JSON-LD (FAQPage, NewsArticle `articleBody`).
 *
 * Questions come one at a time (Back and Next), or all on one page with `mode="all"`. The reader sees
 * whether each answer is right after checking it, or, with `feedback="end"`, only on the result screen.
 *
 * The UI speaks the `lang` of the element or of its nearest ancestor: `en`, `es`, `fr`, `de`, `ko` or `ar`
 * (right to left); any other language falls back to English. Each language loads on first use.
 *
 * @fires news-quiz-answer - The reader checked an answer. Detail: `{questionId, choiceId, correct}`. With
 * `feedback="end"` or `mode="all"`, one per question when the reader submits the quiz.
 * @fires news-quiz-complete - The reader finished the quiz. Detail: `{score, total, answers}`.
 * @fires news-quiz-error - The article could not be turned into a quiz. Detail: `{code, message}`.
 * @fires news-quiz-start - The reader started the quiz (Start or Try again). Detail: `{total}`.
 * @fires news-quiz-progress - The reader went to another question (Next or Back; not with `mode="all"`). Detail:
 * `{position, total, answered}`.
 *
 * @csspart base - The quiz's box.
 * @csspart title - The quiz title on the start screen.
 * @csspart intro - The line under the title on the start screen.
 * @csspart progress - "Question i of N" (with `mode="all"`, "k of N answered") and its bar.
 * @csspart question - The fieldset holding one question.
 * @csspart prompt - The question's text (its legend); with `mode="all"`, after its number.
 * @csspart choices - The list of choices.
 * @csspart choice - One choice; also `selected`, `correct`, `incorrect` once checked.
 * @csspart feedback - The verdict after checking, with the explanation and evidence.
 * @csspart evidence - The sentence of the article that supports the answer.
 * @csspart button - Every button; also `start-button`, `check-button`, `back-button`, `next-button`,
 * `submit-button`, `retry-button`, `share-button`, `show-in-article`.
 * @csspart score - The result line.
 * @csspart verdict - The line under the score: passed or not, by `pass-mark`.
 * @csspart review - The foldable review of every answer on the result screen.
 * @csspart review-item - One reviewed question; also `correct` or `incorrect`.
 * @csspart error - The message shown when no quiz can be made.
 * @csspart notice - Shown above a quiz in progress when a new article could not be read.
 * @csspart loading - Shown while `src` loads.
 *
 * @cssprop --news-quiz-font-family - Font of the whole widget.
 * @cssprop --news-quiz-font-size - Base font size.
 * @cssprop --news-quiz-max-width - Widest the widget grows (default 40rem).
 * @cssprop --news-quiz-color-text - Text colour.
 * @cssprop --news-quiz-color-muted - Secondary text colour.
 * @cssprop --news-quiz-color-background - Background of the box and choices.
 * @cssprop --news-quiz-color-surface - Background of feedback and the progress track.
 * @cssprop --news-quiz-color-border - Borders.
 * @cssprop --news-quiz-color-accent - Buttons, selection and progress.
 * @cssprop --news-quiz-color-accent-text - Text on the accent colour.
 * @cssprop --news-quiz-color-correct - Marks a correct answer (always with a text label too).
 * @cssprop --news-quiz-color-incorrect - Marks a wrong answer (always with a text label too).
 * @cssprop --news-quiz-color-focus - Focus ring.
 * @cssprop --news-quiz-radius - Corner radius.
 * @cssprop --news-quiz-spacing - Base spacing.
 */
export class NewsQuiz extends LitElement {
  static override styles = newsQuizStyles;

  /** The UI language: the element's `lang`, else its nearest ancestor's; see localization.ts. */
  private readonly l10n = new LocaleController(this);

  /** Where the reader is: the question shown, checked answers and picks not yet checked. */
  @state() private session: Session = newSession();
  @state() private showHint = false;
  @state() private quizQuestions: Question[] = [];
  @state() private errorCode?: NewsQuizErrorCode;
  /** The developer message of the current error (English); quiz faults show their question and field. */
  @state() private errorDetail = '';
  /** A new article failed while a quiz was under way: the quiz stays, with this notice above it. */
  @state() private keptQuizNotice = false;
  @state() private lightText = '';
  /** The text of the element's `<script type="application/json">` child, if any. */
  @state() private jsonText = '';
  /** What `src` gave, once loaded. */
  @state() private fetched?: Source;
  @state() private loading = false;
  /** "shared" or "copied" once the reader shared the result; shown as a confirmation. */
  @state() private shareStatus?: 'shared' | 'copied' | 'failed';
  /** A setting that was not valid and was replaced by its default. */
  @state() private settingsFault?: 'invalid-count' | 'invalid-seed';

  /** A ready quiz in quiz JSON form (authored, or made by the CLI and edited), checked before use. */
  @property({attribute: false}) quiz?: unknown;

  /** URL of a quiz JSON, or of an article as plain text or HTML (at most 2 MB). */
  @property() src?: string;

  /** The article as text or HTML. When unset, the element's own content is used. */
  @property({attribute: false}) article?: string;

  /** CSS selector of the page element whose text is the article (`article`, `.story-body`). */
  @property({attribute: 'article-selector'}) articleSelector?: string;

  /** Seed for the order of choices and the choice of questions; by default derived from the article. */
  @property() seed?: string;

  /** How many questions to ask at most (default 5, DEFAULT_COUNT). */
  @property({type: Number}) count = DEFAULT_COUNT;

  /** The title on the start screen. */
  @property() heading?: string;

  /** "light" or "dark" forces a theme; by default the reader's `prefers-color-scheme` decides. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** Keeps the reader's progress and answers across reloads (localStorage, keyed by the quiz). */
  @property({type: Boolean}) persist = false;

  /** Percent of right answers that passes: the result says so (default 60). */
  @property({type: Number, attribute: 'pass-mark'}) passMark = 60;

  /**
   * When the reader learns whether an answer is right: "immediate" (the default), after each Check, with the
   * evidence; "end", only on the result screen, where every answer is reviewed. Any other value is the default.
   */
  @property() feedback: 'immediate' | 'end' = 'immediate';

  /**
   * "one" (the default): one question at a time, with Back and Next; "all": every question on one page, each
   * a radio group, and one Submit at the end. Any other value is the default.
   */
  @property() mode: 'one' | 'all' = 'one';

  /** The generated questions in quiz JSON form, choices in the order the reader sees them. */
  get questions(): Question[] {
    return structuredClone(this.quizQuestions);
  }

  private observer?: MutationObserver;
  /**
   * What to focus once rendered: a question's fieldset (a group named by its legend; Firefox does not focus
   * a legend), the Next button or the result heading.
   */
  private focusAfter = '';
  private fetching?: AbortController;
  /** The shown quiz's progress key, made from the quiz as first shown and what it was made from. */
  private storeKey = '';
  /** The quiz the engine is writing, if any: `updateComplete` waits for it too. */
  private pendingQuiz?: Promise<void>;
  /** Other work under way that changes what is shown (a module loading, sharing): `updateComplete` waits for it. */
  private readonly pendingWork = new Set<Promise<unknown>>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    this.observer ??= new MutationObserver(() => this.readLightDom());
    this.observer.observe(this, {childList: true, characterData: true, subtree: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.fetching?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.load();
    if (changed.has('count') || changed.has('seed')) this.checkSettings();
    const inputs = ['quiz', 'jsonText', 'src', 'fetched', 'article', 'lightText', 'articleSelector', 'seed', 'count'];
    if (inputs.some((input) => changed.has(input))) this.buildQuiz();
  }

  /** Each update first resolves the UI language; one not loaded yet is loaded before the update renders. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.l10n.prepare();
    // (Resolved again once loaded: the language may have changed meanwhile, or the load failed.)
    return loading ? loading.then(() => (this.l10n.prepare(true), super.scheduleUpdate())) : super.scheduleUpdate();
  }

  /**
   * Also waits for a quiz the engine is writing, and for other pending work, so `updateComplete` means the
   * quiz (or its error) is shown, with the result screen's buttons and the share status.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending; (pending = this.pendingQuiz ?? this.pendingWork.values().next().value);) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** With `persist`, picks up where the reader left this quiz (a changed quiz has another key). */
  private restoreProgress(): void {
    if (!this.persist || !this.quizQuestions.length) return;
    const saved = loadProgress(this.storeKey, this.quizQuestions);
    if (!saved) return;
    this.session = saved;
  }

  /** With `persist`, keeps the reader's place after every step they take. */
  private saveProgress(): void {
    if (!this.persist || !this.quizQuestions.length) return;
    saveProgress(this.storeKey, this.session);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('session')) this.saveProgress();
    if (this.focusAfter) this.renderRoot.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = '';
  }

  private readLightDom(): void {
    // (nodeText skips scripts: a JSON child is a quiz, not article text.)
    this.lightText = nodeText(this);
    this.jsonText = jsonChild(this)?.textContent ?? '';
  }

  /** A bad `count` or `seed` falls back to the default, with a notice and an error event. */
  private checkSettings(): void {
    const count = Number(this.count);
    const fault = !Number.isInteger(count) || count < 1 || count > 100 ? 'invalid-count' : this.seed !== undefined && (this.seed.length > 256 || /[\u0000-\u001f]/.test(this.seed)) ? 'invalid-seed' : undefined;
    if (fault === this.settingsFault) return;
    this.settingsFault = fault;
    if (fault === 'invalid-count') this.dispatchEvent(new NewsQuizErrorEvent({code: fault, message: `count must be a whole number from 1 to 100; got "${this.count}". Using ${DEFAULT_COUNT}.`}));
    if (fault === 'invalid-seed') this.dispatchEvent(new NewsQuizErrorEvent({code: fault, message: 'seed must be at most 256 characters with no control characters. Using the default seed.'}));
  }

  /** Loads `src`, dropping any earlier load still under way. */
  private load(): void {
    this.fetching?.abort();
    this.fetched = undefined;
    if (!this.src) return;
    const controller = (this.fetching = new AbortController());
    const url = this.src;
    // The fetching code is a module of its own, loaded by widgets that have `src`.
    import('./fetch-source.js')
      .then(({fetchSource}) => fetchSource(url, controller.signal, htmlText))
      .then(
        (source) => {
          if (this.fetching === controller) this.fetched = source;
        },
        () => {
          // Aborted (a newer src is loading), or the fetching module itself could not be loaded.
          if (this.fetching === controller && !controller.signal.aborted) this.fetched = {kind: 'error', code: 'src-failed', message: `The quiz source "${url}" could not be loaded.`};
        }
      );
  }

  /** The quiz or article to use, first given wins; undefined while `src` is loading. */
  private resolveSource(): (Source & {html?: boolean}) | undefined {
    if (this.quiz !== undefined && this.quiz !== null) return quizSource(this.quiz);
    if (this.jsonText.trim()) return quizJsonSource(this.jsonText);
    if (this.src) return this.fetched;
    // HTML handed over as a string is read with the browser's inert parser, never put into the page.
    const article = this.article !== undefined && looksLikeHtml(this.article) ? htmlText(this.article) : (this.article ?? this.lightText);
    if (article.trim() || this.article !== undefined) return {kind: 'article', text: article};
    if (this.articleSelector) return selectorSource(this.articleSelector, this.ownerDocument);
    // Last, the page's own schema.org data, read by the engine's JSON-LD reader.
    const data = structuredData(this.ownerDocument);
    return data ? {kind: 'article', text: data, html: true} : {kind: 'article', text: ''};
  }

  private buildQuiz(): void {
    const source = this.resolveSource();
    this.pendingQuiz = undefined;
    this.loading = source === undefined;
    if (!source) return;
    if (source.kind === 'quiz') return this.show(source.quiz.questions, undefined, '', JSON.stringify(source.quiz));
    if (source.kind === 'error') return this.show([], source.code, source.message);
    if (!source.text.trim()) return this.show([], 'no-article', 'No article was given: put its text inside <news-quiz>, or set the article property, src or article-selector.');
    // The engine writes the quiz off the main thread where it can: the loading line shows meanwhile. Its
    // dispatcher, write-quiz.ts, is a module of its own too, loaded with the engine.
    this.loading = true;
    const options = {count: this.questionCount, seed: (this.settingsFault !== 'invalid-seed' && this.seed) || undefined};
    const pending = (this.pendingQuiz = import('./write-quiz.js')
      .then(({writeQuiz}) => writeQuiz(source.text, !!source.html, options))
      .then(
        (quiz) => {
          if (this.pendingQuiz !== pending) return;
          this.pendingQuiz = undefined;
          if (quiz.questions.length) this.show(quiz.questions, undefined, '', source.text);
          else this.show([], 'no-questions', 'The article has no FAQ pairs or facts the engine could ask about with confidence.');
        },
        (error: unknown) => {
          if (this.pendingQuiz !== pending) return;
          this.pendingQuiz = undefined;
          this.show([], 'generation-failed', `The quiz could not be generated: ${String(error)}`);
        }
      ));
  }

  /** Shows a new quiz, or why there is none; a quiz the reader is taking stays when a new input fails. */
  private show(questions: Question[], code: NewsQuizErrorCode | undefined, detail: string, basis = ''): void {
    this.loading = false;
    this.errorDetail = detail;
    if (code === this.errorCode && sameQuestions(questions, this.quizQuestions)) {
      this.keptQuizNotice = false;
      return;
    }
    const inProgress = this.session.phase !== 'start' && this.quizQuestions.length > 0;
    if (code && inProgress) {
      // Keep the quiz the reader is taking rather than throwing their answers away.
      this.keptQuizNotice = true;
      this.dispatchEvent(new NewsQuizErrorEvent({code, message: detail}));
      return;
    }
    this.keptQuizNotice = false;
    this.quizQuestions = questions;
    this.errorCode = code;
    // (Computed once: "Try again" reshuffles the choices, and the quiz keeps its key.)
    this.storeKey = progressKey(questions, basis);
    this.restart('start');
    this.restoreProgress();
    if (code) this.dispatchEvent(new NewsQuizErrorEvent({code, message: detail}));
  }

  private restart(phase: Phase): void {
    this.shareStatus = undefined;
    this.session = newSession(phase);
    this.showHint = false;
  }

  /** `feedback="end"`; any other value is the default, immediate feedback. */
  private get feedbackAtEnd(): boolean {
    return this.feedback === 'end';
  }

  /** `mode="all"`; any other value is the default, one question at a time. */
  private get allAtOnce(): boolean {
    return this.mode === 'all';
  }

  /** `pass-mark` within 0..100; a bad value falls back to 60. */
  private get passMarkPercent(): number {
    const mark = Number(this.passMark);
    return Number.isFinite(mark) && mark >= 0 && mark <= 100 ? mark : 60;
  }

  /** `count` as a whole number of at least 1; a bad attribute value falls back to the default. */
  private get questionCount(): number {
    const count = Number(this.count);
    return Number.isInteger(count) && count >= 1 && count <= 100 ? count : DEFAULT_COUNT;
  }

  private get current(): Question {
    return this.quizQuestions[this.session.index];
  }

  /** Back to the start screen of the same quiz, answers cleared. Fires nothing: the page asked for it. */
  reset(): void {
    this.restart('start');
  }

  private handleStart(): void {
    this.restart('question');
    this.focusAfter = 'fieldset';
    this.dispatchEvent(new NewsQuizStartEvent({total: this.quizQuestions.length}));
  }

  /** A radio's name is its question's id. */
  private handleChoice(event: Event): void {
    const {name, value} = event.target as HTMLInputElement;
    this.session = pick(this.session, name, value);
    if (!this.allAtOnce) this.showHint = false;
  }

  /** Check (immediate feedback) or Next (feedback at the end), by button or Enter: the shown question needs a choice. */
  private handleCheck(event: Event): void {
    event.preventDefault();
    const question = this.current;
    if (question.id in this.session.answers) return;
    const choiceId = choiceOf(this.session, question.id);
    this.showHint = choiceId === undefined;
    if (choiceId === undefined) return;
    if (this.feedbackAtEnd) return this.handleNext();
    this.session = check(this.session, [question.id]);
    this.focusAfter = '[part~="next-button"]';
    this.dispatchEvent(new NewsQuizAnswerEvent({questionId: question.id, choiceId, correct: isCorrect(question, choiceId)}));
  }

  private handleNext(): void {
    if (this.session.index < this.quizQuestions.length - 1) this.move(1);
    else this.finish();
  }

  private handleBack(): void {
    this.move(-1);
  }

  /** Shows another question, with its place and the answers given so far. */
  private move(step: number): void {
    const total = this.quizQuestions.length;
    const {index, answers, picks} = (this.session = go(this.session, step, total));
    this.showHint = false;
    this.focusAfter = 'fieldset';
    // Answered: checked, or with feedback at the end, chosen.
    const answered = Object.keys(this.feedbackAtEnd ? {...answers, ...picks} : answers).length;
    this.dispatchEvent(new NewsQuizProgressEvent({position: index + 1, total, answered}));
  }

  /** Submit with every question on one page: an unanswered question is named, and focused. */
  private handleSubmit(event: Event): void {
    event.preventDefault();
    const missing = unanswered(this.session, this.quizQuestions);
    if ((this.showHint = missing.length > 0)) this.focusAfter = `#q${missing[0]}`;
    else this.finish();
  }

  /** To the result: picks not yet checked are checked now (one answer event each), then the score. */
  private finish(): void {
    const before = this.session.answers;
    this.session = finish(this.session, this.quizQuestions);
    this.focusAfter = '.title';
    const {answers} = this.session;
    const records: AnswerRecord[] = this.quizQuestions
      .filter((question) => question.id in answers)
      .map((question) => ({questionId: question.id, choiceId: answers[question.id], correct: isCorrect(question, answers[question.id])}));
    // (Each event gets a copy: a listener cannot change the record the complete event carries.)
    for (const record of records) if (!(record.questionId in before)) this.dispatchEvent(new NewsQuizAnswerEvent({...record}));
    const {score, total} = scoreQuiz(this.quizQuestions, answers);
    this.dispatchEvent(new NewsQuizCompleteEvent({score, total, answers: records}));
  }

  /** Keeps `updateComplete` waiting until the work is done (it must not reject). */
  private waitFor(work: Promise<unknown>): void {
    const pending = work.finally(() => this.pendingWork.delete(pending));
    this.pendingWork.add(pending);
  }

  /**
   * The result screen's code if loaded; else starts loading it (the result screen shows, then re-renders with
   * its "Show in article" buttons once it is there; it is usually there before the reader clicks Share).
   */
  private get resultActions(): typeof ResultActions | undefined {
    if (!resultActions)
      this.waitFor(
        loadResultActions().then(
          () => this.requestUpdate(),
          () => undefined
        )
      );
    return resultActions;
  }

  /** Shares a spoiler-free result line through the Web Share API where there is one, else copies it. */
  private handleShare(): void {
    const {answers} = this.session;
    const [questions, title] = [this.quizQuestions, this.ownerDocument.title];
    this.waitFor(
      loadResultActions()
        .then(({resultLine, share}) => share(resultLine(questions, answers, title)))
        .then(
          (status) => (this.shareStatus = status),
          () => (this.shareStatus = 'failed')
        )
    );
  }

  /** The page element that holds the article (`article-selector`), when the quiz was written from it. */
  private get articleOnPage(): Element | null {
    if (!this.articleSelector || this.quiz !== undefined || this.jsonText.trim() || this.src || this.article !== undefined || this.lightText.trim()) return null;
    try {
      return this.ownerDocument.querySelector(this.articleSelector);
    } catch {
      return null;
    }
  }

  private handleShowInArticle(question: Question): void {
    const actions = this.resultActions;
    const range = actions && this.articleOnPage && question.evidence ? actions.findSentence(this.articleOnPage, question.evidence) : undefined;
    if (range) actions!.showRange(range);
  }

  private handleRetry(): void {
    // The choices come back in another order, so a second try tests reading, not the place of the key.
    this.quizQuestions = this.quizQuestions.map((question) => ({...question, choices: [...question.choices.slice(1), question.choices[0]]}));
    this.handleStart();
  }

  override render(): TemplateResult {
    return html`<section part="base" class="base" lang=${this.l10n.tag} dir=${this.l10n.dir} aria-label=${this.heading ?? this.l10n.msg('Quiz', {id: 'quiz'})}>
      ${this.keptQuizNotice ? html`<p part="notice" class="notice" role="status">${this.l10n.msg('The article changed and could not be read; you can finish this quiz.', {id: 'notice-kept-quiz'})}</p>` : nothing}
      ${this.settingsFault ? html`<p part="notice" class="notice" role="alert">${this.errorMessage(this.settingsFault)}</p>` : nothing}
      ${this.loading ? this.renderLoading() : this.errorCode ? this.renderError(this.errorCode) : this.renderPhase()}
    </section>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.session.phase) {
      case 'question':
        return this.renderQuestion();
      case 'result':
        return this.renderResult();
      default:
        return this.renderStart();
    }
  }

  private renderLoading(): TemplateResult {
    return html`<p part="loading" class="loading" role="status">${this.l10n.msg('Loading the quiz…', {id: 'loading'})}</p>`;
  }

  private renderError(code: NewsQuizErrorCode): TemplateResult {
    return html`<p part="error" class="error" role="alert">${this.errorMessage(code)}</p>`;
  }

  /** What the reader is told for each error, in their language. */
  private errorMessage(code: NewsQuizErrorCode): string {
    // A quiz fault names its place ("q3, choices[1].text"): data an editor needs, whatever the language.
    const fault = /: (.+?)\.?$/.exec(this.errorDetail)?.[1] ?? '';
    const messages: Record<NewsQuizErrorCode, () => string> = {
      'no-article': () => this.l10n.msg('There is no article to make a quiz from.', {id: 'error-no-article'}),
      'no-questions': () => this.l10n.msg('No quiz could be made: this article has no FAQ or facts to ask about.', {id: 'error-no-questions'}),
      'generation-failed': () => this.l10n.msg('Sorry, the quiz could not be made from this article.', {id: 'error-generation-failed'}),
      'invalid-quiz': () => this.l10n.msg(str`This quiz could not be shown: its data is not valid (${isolate(fault)}).`, {id: 'error-invalid-quiz'}),
      'src-failed': () => this.l10n.msg('The quiz could not be loaded. Please try again later.', {id: 'error-src-failed'}),
      'src-wrong-type': () => this.l10n.msg('The quiz could not be loaded: the file is neither a quiz nor an article.', {id: 'error-src-wrong-type'}),
      'src-too-large': () => this.l10n.msg('The quiz could not be loaded: the file is too large.', {id: 'error-src-too-large'}),
      'selector-not-found': () => this.l10n.msg('The article for this quiz could not be found on the page.', {id: 'error-selector-not-found'}),
      'invalid-count': () => this.l10n.msg('The number of questions set for this quiz is not valid; the default is used.', {id: 'error-invalid-count'}),
      'invalid-seed': () => this.l10n.msg('The seed set for this quiz is not valid; the default is used.', {id: 'error-invalid-seed'}),
    };
    return messages[code]();
  }

  private renderStart(): TemplateResult {
    const total = this.quizQuestions.length;
    return html`
      <h2 part="title" class="title">${this.heading ?? this.l10n.msg('Test what you just read', {id: 'start-title'})}</h2>
      <p part="intro" class="intro">${this.introLine(total)}</p>
      <div class="actions">
        <button part="button start-button" type="button" @click=${this.handleStart}>${this.l10n.msg('Start quiz', {id: 'start-button'})}</button>
      </div>
    `;
  }

  /** "N questions about this article.", in the plural form the reader's language asks for. */
  private introLine(total: number): string {
    const {msg} = this.l10n;
    const n = this.l10n.number(total);
    return this.l10n.plural(total, {
      zero: () => msg(str`${n} questions about this article.`, {id: 'intro-zero'}),
      one: () => msg(str`${n} question about this article.`, {id: 'intro-one'}),
      two: () => msg(str`${n} questions about this article.`, {id: 'intro-two'}),
      few: () => msg(str`${n} questions about this article.`, {id: 'intro-few'}),
      many: () => msg(str`${n} questions about this article.`, {id: 'intro-many'}),
      other: () => msg(str`${n} questions about this article.`, {id: 'intro-other'}),
    });
  }

  private progressLine(at: number, of: number): string {
    const [position, total] = [this.l10n.number(at), this.l10n.number(of)];
    return this.l10n.msg(str`Question ${position} of ${total}`, {id: 'progress'});
  }

  /** `mode="all"`: "k of N answered", in the plural form of k. */
  private answeredLine(answered: number, of: number): string {
    const {msg} = this.l10n;
    const [k, n] = [this.l10n.number(answered), this.l10n.number(of)];
    return this.l10n.plural(answered, {
      zero: () => msg(str`${k} of ${n} answered`, {id: 'answered-zero'}),
      one: () => msg(str`${k} of ${n} answered`, {id: 'answered-one'}),
      two: () => msg(str`${k} of ${n} answered`, {id: 'answered-two'}),
      few: () => msg(str`${k} of ${n} answered`, {id: 'answered-few'}),
      many: () => msg(str`${k} of ${n} answered`, {id: 'answered-many'}),
      other: () => msg(str`${k} of ${n} answered`, {id: 'answered-other'}),
    });
  }

  private scoreLine(right: number, of: number): string {
    const [score, total] = [this.l10n.number(right), this.l10n.number(of)];
    return this.l10n.msg(str`You scored ${score} of ${total}`, {id: 'result-score'});
  }

  private percentLine(fraction: number): string {
    const percent = this.l10n.percent(fraction);
    return this.l10n.msg(str`${percent} correct`, {id: 'result-percent'});
  }

  /**
   * The label and its bar, `done` of the way: an SVG bar, its width an attribute (no inline style for a strict
   * CSP). The label is `#progress`, which describes the question's group.
   */
  private renderProgress(label: string, done: number): TemplateResult {
    return html`<div part="progress" class="progress">
      <span id="progress">${label}</span>
      <svg class="progress-bar" aria-hidden="true"><rect height="100%" width="${done * 100}%"></rect></svg>
    </div>`;
  }

  private renderQuestion(): TemplateResult {
    const total = this.quizQuestions.length;
    if (this.allAtOnce) return this.renderAll(total);
    const question = this.current;
    const position = this.session.index + 1;
    const checked = question.id in this.session.answers;
    const next = checked || this.feedbackAtEnd;
    return html`
      ${this.renderProgress(this.progressLine(position, total), position / total)}
      <form @submit=${this.handleCheck} novalidate>
        <fieldset part="question" role="radiogroup" aria-describedby="progress" tabindex="-1">
          <legend part="prompt" dir="auto">${question.prompt}</legend>
          ${this.renderChoices(question)}
        </fieldset>
        ${this.showHint ? html`<p class="hint" role="alert">${this.l10n.msg('Choose an answer first.', {id: 'hint-choose'})}</p>` : nothing}
        <div role="status">${checked ? this.renderFeedback(question, this.session.answers[question.id]) : nothing}</div>
        <div class="actions">
          ${position > 1 ? html`<button part="button back-button" class="secondary" type="button" @click=${this.handleBack}>${this.l10n.msg('Back', {id: 'back-button'})}</button>` : nothing}
          <button part="button ${next ? 'next-button' : 'check-button'}" type=${checked ? 'button' : 'submit'} @click=${checked ? this.handleNext : nothing}>
            ${next ? (position === total ? this.l10n.msg('See your score', {id: 'score-button'}) : this.l10n.msg('Next question', {id: 'next-button'})) : this.l10n.msg('Check answer', {id: 'check-button'})}
          </button>
        </div>
      </form>
    `;
  }

  /**
   * `mode="all"`: every question on one page, and one Submit. Each question is a radio group named by its
   * prompt and described by its number.
   */
  private renderAll(total: number): TemplateResult {
    const missing = unanswered(this.session, this.quizQuestions);
    const {msg} = this.l10n;
    const list = new Intl.ListFormat(this.l10n.tag).format(missing.map((position) => this.l10n.number(position)));
    return html`
      ${this.renderProgress(this.answeredLine(total - missing.length, total), 1 - missing.length / total)}
      <form @submit=${this.handleSubmit} novalidate>
        ${this.quizQuestions.map(
          (question, i) =>
            html`<fieldset part="question" class="question" id="q${i + 1}" role="radiogroup" aria-labelledby="p${i + 1}" aria-describedby="n${i + 1}" tabindex="-1">
              <legend part="prompt"><span class="number" id="n${i + 1}">${this.progressLine(i + 1, total)}</span> <span class="prompt-text" id="p${i + 1}" dir="auto">${question.prompt}</span></legend>
              ${this.renderChoices(question)} ${this.showHint && missing.includes(i + 1) ? html`<p class="hint">${msg('No answer yet.', {id: 'hint-unanswered'})}</p>` : nothing}
            </fieldset>`
        )}
        ${this.showHint && missing.length ? html`<p class="hint" role="alert">${msg(str`Answer every question first. No answer yet: ${list}.`, {id: 'hint-unanswered-list'})}</p>` : nothing}
        <div class="actions">
          <button part="button submit-button" type="submit">${msg('Submit answers', {id: 'submit-button'})}</button>
        </div>
      </form>
    `;
  }

  /**
   * A question's choices, one radio group named by the question's id; marked once the answer is checked.
   * `.checked` is bound before `name`: the inputs are reused from question to question, and a radio renamed
   * while still checked would uncheck the pick shown in its new group (a Back/Next test guards this).
   */
  private renderChoices(question: Question): TemplateResult {
    const chosen = choiceOf(this.session, question.id);
    const checked = question.id in this.session.answers;
    return html`<div part="choices" class="choices">
      ${question.choices.map((choice) => {
        const isAnswer = choice.id === question.answer;
        const isChosen = choice.id === chosen;
        const state = checked ? (isAnswer ? 'correct' : isChosen ? 'incorrect' : '') : '';
        return html`<label part="choice ${isChosen ? 'selected' : ''} ${state}" class="choice ${checked ? 'checked' : ''} ${state}">
          <input type="radio" .checked=${isChosen} name=${question.id} .value=${choice.id} ?disabled=${checked} @change=${this.handleChoice} />
          <span class="choice-body">
            <span class="choice-text" dir="auto">${choice.text}</span>
            ${checked && (isAnswer || isChosen) ? this.renderMark(isAnswer, isChosen) : nothing}
          </span>
        </label>`;
      })}
    </div>`;
  }

  private renderMark(isAnswer: boolean, isChosen: boolean): TemplateResult {
    const label = isAnswer
      ? isChosen
        ? this.l10n.msg('✓ Your answer, correct', {id: 'mark-chosen-correct'})
        : this.l10n.msg('✓ Correct answer', {id: 'mark-correct'})
      : this.l10n.msg('✗ Your answer', {id: 'mark-chosen-wrong'});
    return html`<span class="mark">${label}</span>`;
  }

  private renderFeedback(question: Question, chosen: string): TemplateResult {
    const correct = isCorrect(question, chosen);
    const answerText = isolate(question.choices.find((choice) => choice.id === question.answer)?.text ?? '');
    return html`<div part="feedback" class="feedback ${correct ? 'correct' : 'incorrect'}">
      <p class="verdict">${correct ? this.l10n.msg('Correct!', {id: 'feedback-correct'}) : this.l10n.msg(str`Not quite. The right answer is: ${answerText}`, {id: 'feedback-wrong'})}</p>
      ${question.explanation && !repeats(question.explanation, question.evidence) ? html`<p class="explanation" dir="auto">${question.explanation}</p>` : nothing} ${this.renderEvidence(question)}
    </div>`;
  }

  private renderEvidence(question: Question): TemplateResult | typeof nothing {
    if (!question.evidence) return nothing;
    return html`<p part="evidence" class="evidence">${this.l10n.msg('From the article:', {id: 'evidence'})} <q dir="auto">${readableEvidence(question.evidence)}</q></p>`;
  }

  private renderResult(): TemplateResult {
    const {score, total, percent} = scoreQuiz(this.quizQuestions, this.session.answers);
    return html`
      <h2 part="title" class="title" tabindex="-1">${this.l10n.msg('Your result', {id: 'result-title'})}</h2>
      <p part="score" class="score" role="status">
        ${this.scoreLine(score, total)}
        <span class="score-percent">${this.percentLine(score / total)}</span>
      </p>
      <p part="verdict" class="band">${percent >= this.passMarkPercent ? this.l10n.msg('Well read: you passed.', {id: 'result-passed'}) : this.l10n.msg('Worth another read: try again.', {id: 'result-failed'})}</p>
      <details part="review" class="review" ?open=${this.feedbackAtEnd || this.allAtOnce}>
        <summary>${this.l10n.msg('Review your answers', {id: 'review'})}</summary>
        <ol class="review-list">
          ${this.reviewItems()}
        </ol>
      </details>
      <div class="actions">
        <button part="button retry-button" type="button" @click=${this.handleRetry}>${this.l10n.msg('Try again', {id: 'retry-button'})}</button>
        <button part="button share-button" type="button" @click=${this.handleShare}>${this.l10n.msg('Share result', {id: 'share-button'})}</button>
      </div>
      <p class="share-status" role="status">
        ${this.shareStatus === 'copied' ? this.l10n.msg('Result copied to the clipboard.', {id: 'share-copied'}) : this.shareStatus === 'shared' ? this.l10n.msg('Result shared.', {id: 'share-shared'}) : this.shareStatus === 'failed' ? this.l10n.msg('The result could not be shared.', {id: 'share-failed'}) : nothing}
      </p>
    `;
  }

  /** The review list; the page's article element is looked up once for all its "Show in article" buttons. */
  private reviewItems(): TemplateResult[] {
    const article = this.articleOnPage;
    const findSentence = this.resultActions?.findSentence;
    return this.quizQuestions.map((question) => this.renderReviewItem(question, article && findSentence && ((sentence: string) => findSentence(article, sentence))));
  }

  /** One reviewed answer; `find` looks its evidence up in the page's article, when there is one. */
  private renderReviewItem(question: Question, find: ((sentence: string) => Range | undefined) | null | undefined): TemplateResult {
    const textOf = (id: string | undefined) => question.choices.find((choice) => choice.id === id)?.text ?? '';
    const chosen = this.session.answers[question.id];
    const correct = isCorrect(question, chosen);
    const [chosenText, answerText] = [isolate(textOf(chosen)), isolate(textOf(question.answer))];
    return html`<li part="review-item ${correct ? 'correct' : 'incorrect'}" class=${correct ? 'correct' : 'incorrect'}>
      <p class="review-prompt" dir="auto">${question.prompt}</p>
      <p>
        <span class="mark">${correct ? this.l10n.msg('✓ Correct', {id: 'review-correct'}) : this.l10n.msg('✗ Wrong', {id: 'review-wrong'})}</span>
        ${this.l10n.msg(str`Your answer: ${chosenText}`, {id: 'review-your-answer'})}
      </p>
      ${correct ? nothing : html`<p>${this.l10n.msg(str`Right answer: ${answerText}`, {id: 'review-right-answer'})}</p>`} ${this.renderEvidence(question)}
      ${
        find && question.evidence && find(question.evidence)
          ? html`<button part="button show-in-article" type="button" class="link-button" @click=${() => this.handleShowInArticle(question)}>${this.l10n.msg('Show in article', {id: 'show-in-article'})}</button>`
          : nothing
      }
    </li>`;
  }
}

/**
 * Article text inside a UI message, isolated from it (U+2068 … U+2069): an English answer inside an Arabic
 * sentence keeps its own direction, and its punctuation stays with it.
 */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Evidence as a reader reads it: a markdown table row "| Goals | 20 | 35 |" becomes "Goals: 20 · 35". */
function readableEvidence(evidence: string): string {
  if (!/^\|.*\|$/.test(evidence)) return evidence;
  const [label, ...cells] = evidence
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
  return cells.length ? `${label}: ${cells.join(' · ')}` : label;
}

/** Whether the explanation only restates the evidence, which the reader sees anyway. */
function repeats(explanation: string, evidence = ''): boolean {
  const squash = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const a = squash(explanation);
  const b = squash(evidence);
  return b.length > 0 && (b.includes(a) || a.includes(b));
}

function sameQuestions(a: readonly Question[], b: readonly Question[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Defines `<news-quiz>` unless it already is, so loading the script twice on a page does not throw. */
export function defineNewsQuiz(): void {
  if (!customElements.get('news-quiz')) customElements.define('news-quiz', NewsQuiz);
}

defineNewsQuiz();

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz': NewsQuiz;
  }
}
