#!/usr/bin/env node
// `npm run setup`: make sure a Chrome/Chromium browser is available for rendering.
import {register} from 'tsx/esm/api'

register()
const {setupBrowser} = await import('../src/commands/setup.ts')
try {
  const result = await setupBrowser()
  console.log(`Ready: ${result.browser}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
