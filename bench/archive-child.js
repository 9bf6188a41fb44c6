// The measured run of the archive bench, in a process of its own with the compiled CLI's modules
// (dist/, as `statement-packs archive` runs them, with no TypeScript compiled at run time):
// `node bench/archive-child.js SOURCES OUT` archives SOURCES into OUT and prints one JSON line.
import {archive} from '../dist/commands/archive.js'

const [sources, out] = process.argv.slice(2)
const cpuSeconds = (usage) => Number(((usage.user + usage.system) / 1e6).toFixed(1))
const started = performance.now()
let loaded = started
let loadCpu = process.cpuUsage()
await archive(
  [sources],
  {
    output: out,
    onProgress: (event) => {
      if (event.phase !== 'load') return
      loaded = performance.now()
      loadCpu = process.cpuUsage()
    },
  },
  process.cwd(),
)
const finished = performance.now()
process.stdout.write(
  `${JSON.stringify({
    seconds: (finished - started) / 1000,
    loadSeconds: (loaded - started) / 1000,
    siteSeconds: (finished - loaded) / 1000,
    loadCpuSeconds: cpuSeconds(loadCpu),
    siteCpuSeconds: cpuSeconds(process.cpuUsage(loadCpu)),
    maxRssKB: process.resourceUsage().maxRSS,
  })}\n`,
)
