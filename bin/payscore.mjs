#!/usr/bin/env node
// The `payscore` command: the CLI compiled by `npm run build` (dist/), run by plain Node. In a source
// checkout, build first or run the TypeScript directly: `npx tsx conformance/cli/main.ts <command>`.
await import("../dist/conformance/cli/main.js");
