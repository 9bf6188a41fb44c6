#!/usr/bin/env node
// The compiled CLI (`npm run build`, run by `prepare` on install and by `npm test`).
import '../dist/cli.js'
