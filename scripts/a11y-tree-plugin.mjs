// A test-runner command, `a11y-tree`: the browser's full accessibility tree under a selector (Chromium,
// through puppeteer). @web/test-runner-commands' a11ySnapshot keeps only "interesting" nodes, which drops
// the group around a question's radios; the tests check that group's name and description.
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.accessibility) throw new Error(`a11y-tree is not supported in ${session.browser.name}`);
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      return page.accessibility.snapshot({root: root ?? undefined, interestingOnly: false});
    },
  };
}
