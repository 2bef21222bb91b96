/**
 * Where the question engine runs: in a module Worker beside this file where the page allows one (same
 * origin, CSP `worker-src`), else on the main thread, imported on first use. Either way the engine's code is
 * loaded only when an article must become a quiz, and the same article and seed give the same quiz.
 */
import type {GenerateOptions, Quiz} from './quiz/types.js';
import type {WriteReply, WriteRequest} from './news-quiz-worker.js';

let worker: Worker | undefined;
/** Set once a Worker could not be made or failed: the main thread does the work from then on. */
let noWorker = false;
let nextId = 0;
const waiting = new Map<number, {resolve: (quiz: Quiz) => void; reject: (error: Error) => void; request: WriteRequest}>();

/**
 * How long the engine may run on the main thread before it lets the page in. Most of its steps take a
 * millisecond or two (a few sentences or names each); a slice ends with the first step that passes this.
 * The few long steps (reading the text, the fact candidates' first pass, the choice: up to about 30 ms each
 * in a cold engine) are announced, and each starts a slice of its own: every task stays under 50 ms.
 */
const SLICE_MS = 10;

/** The engine on the main thread, imported on first use; it yields to the page between slices of its steps. */
async function onMainThread(request: WriteRequest): Promise<Quiz> {
  const engine = await import('./quiz/generate.js');
  const steps = engine.generateQuizInSteps(request.text, request.options, request.html);
  for (;;) {
    await yieldToPage();
    const start = performance.now();
    let step = steps.next();
    // (A pause that yields a value, LONG_STEP_NEXT, announces a long step: read here without importing steps.ts,
    // which would be a chunk of its own.)
    while (!step.done && !step.value && performance.now() - start < SLICE_MS) step = steps.next();
    if (step.done) {
      // The element shows the quiz in a task of its own, not at the end of the engine's last slice.
      await yieldToPage();
      return step.value;
    }
  }
}

/** Lets the page handle input and paint: scheduler.yield() where the browser has it, else a new task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

const WORKER_URL = new URL('./news-quiz-worker.js', import.meta.url).href;

interface TrustedTypesLike {
  createPolicy(name: string, rules: {createScriptURL: (url: string) => string}): {createScriptURL: (url: string) => unknown};
}

/**
 * The Worker's URL, as a TrustedScriptURL where the page has Trusted Types: the "news-quiz" policy passes
 * only this one URL. (A page that enforces Trusted Types lists "news-quiz" in its trusted-types directive
 * to let the engine run in a Worker; without it, the engine runs on the main thread.)
 */
function workerUrl(): string | URL {
  const trustedTypes = (globalThis as {trustedTypes?: TrustedTypesLike}).trustedTypes;
  if (!trustedTypes) return WORKER_URL;
  const policy = trustedTypes.createPolicy('news-quiz', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`news-quiz: ${url} is not its Worker`);
      return url;
    },
  });
  return policy.createScriptURL(WORKER_URL) as string;
}

/** A Worker for the engine, or undefined where the page does not allow one. */
function engineWorker(): Worker | undefined {
  if (worker || noWorker) return worker;
  try {
    worker = new Worker(workerUrl(), {type: 'module'});
  } catch {
    // A cross-origin script URL or a CSP without worker-src: the main thread will do.
    noWorker = true;
    return undefined;
  }
  worker.onmessage = ({data}: MessageEvent<WriteReply>) => {
    const job = waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id);
    if (data.quiz) job.resolve(data.quiz);
    else job.reject(new Error(data.error));
  };
  // The worker script could not load (blocked, missing): every job still waiting runs on the main thread.
  worker.onerror = (event) => {
    event.preventDefault();
    noWorker = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, job] of waiting) {
      waiting.delete(id);
      onMainThread(job.request).then(job.resolve, job.reject);
    }
  };
  return worker;
}

/** The quiz for an article (plain text, or `html` for the engine's HTML reader), off the main thread where possible. */
export function writeQuiz(text: string, html: boolean, options: GenerateOptions): Promise<Quiz> {
  const request: WriteRequest = {id: nextId++, text, html, options};
  const target = engineWorker();
  if (!target) return onMainThread(request);
  return new Promise((resolve, reject) => {
    waiting.set(request.id, {resolve, reject, request});
    target.postMessage(request);
  });
}
