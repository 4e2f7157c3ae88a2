import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';

/** The options of scripts/build.mjs for browser bundles: ES2022 modules, minified, React in production mode. */
export const BROWSER_BUNDLE: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  write: false,
};

/** A bundle built in memory: its code and esbuild's account of which input contributed how many bytes. */
export interface BuiltBundle {
  code: Uint8Array;
  metafile: Metafile;
}

/** Bundles `entry` (a path relative to `root`) in memory with the browser options plus `extra`. */
export async function bundleInMemory(
  root: string,
  entry: string,
  extra: { alias?: Record<string, string>; plugins?: Plugin[] } = {},
): Promise<BuiltBundle> {
  const result = await build({
    ...BROWSER_BUNDLE,
    ...extra,
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: 'bench-out.js',
    metafile: true,
  });
  const code = result.outputFiles?.find((file) => file.path.endsWith('.js'))?.contents;
  if (!code) throw new Error(`esbuild produced no JavaScript for ${entry}`);
  return { code, metafile: result.metafile };
}
