import type { BuildResult, Plugin } from 'esbuild';

/** esbuild plugin: every bare import is external except the workspace's own packages. */
export declare const externalThirdParty: Plugin;

/** Bundles `entry` into the ESM file `outfile` for Node 20. */
export declare function bundleForNode(options: {
  entry: string;
  outfile: string;
  sourcemap?: boolean;
  absWorkingDir?: string;
}): Promise<BuildResult>;
