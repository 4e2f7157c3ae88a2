// One way to bundle a TypeScript entry for Node, shared by the build, the benchmarks and the tests that run
// real processes: workspace packages (`@festplatz/*`, TypeScript sources) are bundled, third-party packages stay
// external (native modules such as better-sqlite3 cannot be bundled). The output must lie inside the repository
// so Node resolves those external packages from its node_modules.
import { build } from 'esbuild';

/** esbuild plugin: every bare import is external except the workspace's own packages. */
export const externalThirdParty = {
  name: 'external-third-party',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@festplatz/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Bundles `entry` into the ESM file `outfile` for Node 20. */
export function bundleForNode({ entry, outfile, sourcemap = false, absWorkingDir }) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap,
    plugins: [externalThirdParty],
    logLevel: 'warning',
    ...(absWorkingDir ? { absWorkingDir } : {}),
  });
}
