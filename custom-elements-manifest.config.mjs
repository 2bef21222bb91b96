// `cem analyze` settings: document the element from its JSDoc, and keep only named events (the analyzer
// also lists each `dispatchEvent(new X())` call without a name; the @fires tags already name them all).
export default {
  globs: ['src/news-quiz.ts', 'src/events.ts', 'src/news-quiz-studio.ts', 'src/studio/events.ts'],
  litelement: true,
  plugins: [
    {
      name: 'named-events-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
