/** Runs a stepped computation (a generator that pauses between its steps) to its end, with no pause. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
