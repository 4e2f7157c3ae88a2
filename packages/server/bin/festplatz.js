#!/usr/bin/env node
// The CLI is bundled by scripts/build.mjs (esbuild) into dist/cli.js; this file only starts it.
import '../dist/cli.js';
