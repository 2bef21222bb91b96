/**
 * What a stepped computation yields between two steps: `LONG_STEP_NEXT` when the next step is long by itself
 * (tens of milliseconds in a cold engine), so a caller on the main thread lets the page in first.
 */
export type Pause = typeof LONG_STEP_NEXT | void;
export const LONG_STEP_NEXT = 1;

/** Runs a stepped computation (a generator that pauses between its steps) to its end, with no pause. */
export function finish<T>(steps: Generator<Pause, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * How many items (sentences, names) a stepped loop handles between pauses. The caller on the main thread
 * runs as many steps as fit its time slice, so a pause costs nothing when it is not taken.
 */
export const STEP_SIZE = 16;

/** `items.map(each)`, pausing after every STEP_SIZE items. */
export function* mapInSteps<T, U>(items: readonly T[], each: (item: T, index: number) => U): Generator<void, U[]> {
  const result: U[] = [];
  for (let index = 0; index < items.length; index++) {
    result.push(each(items[index], index));
    if ((index + 1) % STEP_SIZE === 0) yield;
  }
  return result;
}

/** `items.forEach(each)`, pausing after every STEP_SIZE items. */
export function* forEachInSteps<T>(items: readonly T[], each: (item: T, index: number) => void): Generator<void, void> {
  for (let index = 0; index < items.length; index++) {
    each(items[index], index);
    if ((index + 1) % STEP_SIZE === 0) yield;
  }
}
