// The esbuild options that only the applicant bundle (festplatz-elements.js) gets; used by scripts/build.mjs and by
// bench/form-runtime, which accounts for the bundle's size (issue 5: at most 150 KiB gzip).

/**
 * RJSF rendered by preact/compat instead of React: the same component API at about a tenth of react-dom's size. The
 * e2e browser tests run against this bundle; the unit tests (vitest, jsdom) render with React.
 */
const PREACT_FOR_REACT = { react: 'preact/compat', 'react-dom': 'preact/compat' };

/**
 * RJSF renders Markdown (markdown-to-jsx, ~32 KiB gzip) only for `ui:enableMarkdownIn*` in templates our KERN theme
 * replaces with plain-text ones, and in developer notices (unsupported field, invalid object schema); in the
 * applicant bundle those notices show their text as it is.
 * @param {string} root the repository root, from where the stub's `react` import resolves
 */
function markdownAsPlainText(root) {
  return {
    name: 'markdown-as-plain-text',
    /** @param {import('esbuild').PluginBuild} pluginBuild */
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^markdown-to-jsx(\/.*)?$/ }, (args) => ({
        path: args.path,
        namespace: 'markdown-as-plain-text',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'markdown-as-plain-text' }, () => ({
        contents: `import { createElement, Fragment } from 'react';
export function Markdown(props) { return createElement(Fragment, null, props.children); }
export default Markdown;`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * The applicant bundle's extra esbuild options.
 * @param {string} root the repository root
 * @returns {{ alias: Record<string, string>, plugins: import('esbuild').Plugin[] }}
 */
export function applicantBundleOptions(root) {
  return { alias: PREACT_FOR_REACT, plugins: [markdownAsPlainText(root)] };
}
