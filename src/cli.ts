import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {ArchiveCommandOptions} from './commands/archive.ts'
import type {BuildFlags, CommandRuntime} from './commands/build.ts'
import {stopOnInterrupt} from './batch/interrupt.ts'
import {parseShard} from './batch/shard.ts'
import type {BuildReporter, ReporterName} from './report/build-reporter.ts'
import type {BuildReport} from './report/build-report.ts'
import {maxConcurrency, maxTimeoutSeconds} from './config-limits.ts'
import {interfaceLanguages} from './templates/labels.ts'
import {toolVersion} from './batch/tool-version.ts'
import {baseUrlExpected, normaliseBaseUrl} from './archive/base-url.ts'
import {byteSizeExpected, encodingExpected, isEncodingLabel, parseByteSize} from './ingest/read-options.ts'
import {BatchFailedError, InterruptedError, UsageError, exitCodeFor} from './errors.ts'
import {formatDiagnostic, formatGithubAnnotation, type Diagnostic} from './report/diagnostics.ts'

// Each command's module, and the progress and report modules, are imported when the command runs,
// so that `--help` and `--version` load commander and little else, and a build with nothing to do
// does not pay for loading Puppeteer, the templates and the archive.

const program = new Command('statement-packs')
  .description('Raw diplomatic statements → normalised Markdown, PDF reading copies and packs, HTML archives')
  .version(toolVersion)
  // A usage error is one line (the pointer to --help is added per command below), and it is an
  // error like any other: thrown to the one place that turns errors into exit codes.
  .configureOutput({outputError: (message, write) => write(`statement-packs: ${message.replace(/^error: /, '')}`)})
  .exitOverride()

// Every flag value is checked here, while parsing, so a bad one stops the run before any work.

function concurrency(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > maxConcurrency) throw new InvalidArgumentError(`expected a whole number from 1 to ${maxConcurrency}`)
  return number
}

function encodingLabel(value: string): string {
  if (!isEncodingLabel(value)) throw new InvalidArgumentError(encodingExpected)
  return value
}

function byteSize(value: string): number {
  const bytes = parseByteSize(value)
  if (bytes === null) throw new InvalidArgumentError(byteSizeExpected)
  return bytes
}

/** Seconds as given (`--timeout 2.5`) → milliseconds (2500). */
function milliseconds(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || number > maxTimeoutSeconds) throw new InvalidArgumentError(`expected a number of seconds above 0, at most ${maxTimeoutSeconds}`)
  return number * 1000
}

function baseUrl(value: string): string {
  try {
    normaliseBaseUrl(value)
  } catch {
    throw new InvalidArgumentError(baseUrlExpected)
  }
  return value
}

/** The flags of withReadFlags, as parsed. */
interface ReadCliOptions {
  encoding?: string
  maxSize?: number
  /** `--timeout`, already in milliseconds. */
  timeout?: number
  followSymlinks?: boolean
}

/** `--reporter github`: diagnostics also as GitHub Actions workflow commands on stdout. */
const reporterOption = () => new Option('--reporter <name>', 'also print diagnostics for a CI').choices(['default', 'github']).default('default')

/** How sources are read: every command that reads them takes these. */
function withReadFlags(command: Command): Command {
  return command
    .addOption(new Option('--encoding <name>', 'decode sources with this encoding (windows-1251, gbk…) instead of detecting it').argParser(encodingLabel))
    .addOption(new Option('--max-size <size>', 'refuse larger sources (default: 10MB)').argParser(byteSize))
    .addOption(new Option('--timeout <seconds>', 'stop a document that takes longer to read (default: 30) or to print (default: 60)').argParser(milliseconds))
    .option('--follow-symlinks', 'read sources that are links to files outside the project')
}

withReadFlags(
  program
    .command('normalise')
    .alias('normalize')
    .description('normalise raw statements into Markdown with YAML front matter')
    .argument('<files...>', 'source files, folders or globs')
    .option('-o, --output <dir>', 'write NAME.md per input into this folder')
    .option('--json', 'print a JSON array of {source, meta, speakingTime, markdown, messages} to stdout')
    .option('--config <file>', 'config file for speaking-time rates and limits (default: found as build finds it)'),
)
  .option('--strict', 'exit 1 when any warning is reported')
  .option('--quiet', 'print only errors')
  // Both write to stdout: annotations after the JSON would make it unreadable.
  .addOption(reporterOption().conflicts('json'))
  .action(async (files: string[], options: ReadCliOptions & {output?: string; json?: boolean; config?: string; strict?: boolean; quiet?: boolean; reporter: ReporterName}) => {
    const {normaliseFiles} = await import('./commands/normalise.ts')
    const results = await normaliseFiles(files, {config: options.config, outDir: options.output, encoding: options.encoding, maxSize: options.maxSize, timeoutMs: options.timeout, followSymlinks: options.followSymlinks})
    if (options.json) {
      const json = results.map(({source, format, meta, speakingTime, markdown, messages}) => ({
        source,
        format,
        meta,
        speakingTime,
        markdown,
        messages: messages.map(({ruleId, reason, line, column, fatal, page, paragraph}) => ({
          ruleId,
          reason,
          line,
          column,
          fatal,
          ...(page === undefined ? {} : {page}),
          ...(paragraph === undefined ? {} : {paragraph}),
        })),
      }))
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    } else if (!options.output && options.reporter !== 'github' && results.length === 1 && results[0]?.markdown) {
      // As remark does with one file and no output: the document goes to stdout, the diagnostics to stderr.
      process.stdout.write(results[0].markdown)
    }
    reportSources(results, options)
  })

interface ArchiveCliOptions extends Omit<ArchiveCommandOptions, 'onProgress'>, Pick<ReadCliOptions, 'timeout'> {
  strict?: boolean
  quiet?: boolean
  reporter: ReporterName
}

interface BuildCliOptions extends BuildFlags, Pick<ReadCliOptions, 'timeout'> {
  quiet?: boolean
  reporter: ReporterName
}

/** The flags `build` and `merge` share; each overrides the config file. */
function withBuildFlags(command: Command): Command {
  return command
    .option('--config <file>', 'config file (default: statement-packs.config.json or .yaml, searched from here upward)')
    .option('-o, --output <dir>', 'output folder (default: the config\'s output, else output/)')
    .option('--templates <dir>', 'folder of templates that replace the defaults of the same name')
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']))
    .option('--large-print', 'reading copies in large print')
    .addOption(new Option('--concurrency <n>', `pages printing at once, 1 to ${maxConcurrency} (default: one per core)`).argParser(concurrency))
    .addOption(new Option('--base-url <url>', 'site address, for the archive\'s sitemap').argParser(baseUrl))
    .option('--force', 'rebuild everything, ignoring the cache')
    .option('--strict', 'exit 1 when any warning is reported')
    .option('--fail-fast', 'stop at the first failing source')
    .option('--quiet', 'print only errors')
    .addOption(reporterOption())
    .option('--report <file>', 'write a JSON report (schemas/report.schema.json)')
}

/** What a command that prints or writes runs with: Ctrl-C stops it after the documents in progress; warnings go to stderr (not with --quiet). */
async function interruptible<T>(
  quiet: boolean | undefined,
  work: (runtime: Required<Pick<CommandRuntime, 'signal' | 'warn'>>) => Promise<T>,
  stopping = 'Stopping after the documents in progress…',
): Promise<T> {
  const interrupt = stopOnInterrupt(
    () => process.stderr.write(`\n${stopping} (Ctrl-C again to quit at once)\n`),
    () => process.exit(exitCodeFor(new InterruptedError('Interrupted'))),
  )
  try {
    return await work({signal: interrupt.signal, warn: (message) => void (quiet || process.stderr.write(`statement-packs: warning: ${message}\n`))})
  } finally {
    interrupt.dispose()
  }
}

/** Run a build-like command with progress, diagnostics, Ctrl-C handling and the summary line. */
async function runWithReporter(options: BuildCliOptions, work: (runtime: CommandRuntime) => Promise<BuildReport>) {
  const [{createBuildReporter}, {summaryLine}] = await Promise.all([import('./report/build-reporter.ts'), import('./report/build-report.ts')])
  const reporter = createBuildReporter({quiet: options.quiet, reporter: options.reporter})
  let summary: string | null = null
  const report = await interruptible(options.quiet, async (runtime) => {
    const finished = await work({...runtime, events: reporter.events})
    summary = summaryLine(finished)
    return finished
  }).finally(() => reporter.finish(summary))
  const {buildOutcomeError} = await import('./commands/build.ts')
  const error = buildOutcomeError(report)
  if (error) throw error
}

withReadFlags(
  withBuildFlags(
    program
      .command('build')
      .description('build every source into reading copies, packs and an archive, incrementally')
      .argument('[sources...]', 'files, folders or globs (default: the config\'s sources, else sources/)')
      .addOption(new Option('--shard <i/n>', 'build only shard i of n (reading copies); combine with `merge`').argParser(parseShard))
      .option('--watch', 'build again on every change to a source, a template or the config, until Ctrl-C'),
  ),
).action(async (sources: string[], options: BuildCliOptions & {shard?: ReturnType<typeof parseShard>; watch?: boolean}) => {
  if (options.watch) return watchBuildCommand(sources, options)
  const {build} = await import('./commands/build.ts')
  await runWithReporter(options, (runtime) => build({...options, timeoutMs: options.timeout, sources}, process.cwd(), runtime))
})

function port(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65535) throw new InvalidArgumentError('expected a port number from 1 to 65535')
  return number
}

withReadFlags(
  program
    .command('preview')
    .description('serve the reading copies, packs and archive on 127.0.0.1, reloading open pages on every change')
    .argument('[sources...]', 'files, folders or globs (default: the config\'s sources, else sources/)')
    .addOption(new Option('--port <n>', 'port to listen on (default: a free one)').argParser(port))
    .option('--open', 'open the preview in the system\'s browser')
    .option('--config <file>', 'config file (default: statement-packs.config.json or .yaml, searched from here upward)')
    .option('--templates <dir>', 'folder of templates that replace the defaults of the same name')
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']))
    .option('--large-print', 'reading copies in large print')
    .option('--quiet', 'print only errors'),
).action(async (sources: string[], options: ReadCliOptions & {port?: number; open?: boolean; config?: string; templates?: string; paper?: 'a4' | 'letter'; largePrint?: boolean; quiet?: boolean}) => {
  const {preview} = await import('./commands/preview.ts')
  // Ctrl-C is how a preview ends: it stops the server and the watchers, and the run succeeds.
  await interruptible(
    options.quiet,
    (runtime) =>
      preview({...options, timeoutMs: options.timeout, sources}, process.cwd(), {
        ...runtime,
        onListening: (url) => {
          process.stdout.write(`Preview: ${url}\n`)
        },
      }),
    'Stopping the preview…',
  )
})

/** `build --watch`: one summary line per rebuild; Ctrl-C while waiting ends it with success, during a rebuild as an interrupted build. */
async function watchBuildCommand(sources: string[], options: BuildCliOptions & {shard?: ReturnType<typeof parseShard>}) {
  const [{watchBuild}, {createBuildReporter}, {summaryLine}] = await Promise.all([import('./commands/build-watch.ts'), import('./report/build-reporter.ts'), import('./report/build-report.ts')])
  let reporter: BuildReporter | null = null
  const stopped = await interruptible(
    options.quiet,
    (runtime) =>
      watchBuild({...options, timeoutMs: options.timeout, sources}, process.cwd(), {
        ...runtime,
        rebuildStarted: () => {
          reporter = createBuildReporter({quiet: options.quiet, reporter: options.reporter})
          return {events: reporter.events}
        },
        rebuilt: (outcome) => {
          if (outcome instanceof Error) {
            reporter?.finish(null)
            process.stderr.write(`statement-packs: ${outcome.message}\n`)
          } else reporter?.finish(summaryLine(outcome))
          reporter = null
          const stopping = !(outcome instanceof Error) && outcome.status === 'interrupted'
          if (!options.quiet && !stopping) process.stderr.write('Watching for changes… (Ctrl-C to stop)\n')
        },
      }),
    'Stopping…',
  ).finally(() => reporter?.finish(null))
  if (stopped) {
    const {buildOutcomeError} = await import('./commands/build.ts')
    const error = buildOutcomeError(stopped)
    if (error) throw error
  }
}

withBuildFlags(
  program
    .command('merge')
    .description('combine the output folders of `build --shard i/n` and build the packs and the archive')
    .argument('<dirs...>', 'shard output folders'),
).action(async (dirs: string[], options: BuildCliOptions) => {
  const {merge} = await import('./commands/merge.ts')
  await runWithReporter(options, (runtime) => merge(dirs, options, process.cwd(), runtime))
})

withDocumentFlags(
  program
    .command('archive')
    .description('build a static, searchable HTML archive of the statements')
    .argument('<sources...>', 'files, folders or globs')
    .requiredOption('-o, --output <dir>', 'site folder (files the archive did not write are never touched)')
    .addOption(new Option('--base-url <url>', 'address the site is published at: writes sitemap.xml and absolute feed links').argParser(baseUrl))
    .option('--pdf', 'also print a PDF reading copy of every statement into the site')
    .addOption(new Option('--language <code>', 'language of the site\'s navigation, lists and search (default: the config\'s archive.language, else en; statements keep theirs)').choices(interfaceLanguages)),
)
  .action(async (sources: string[], options: ArchiveCliOptions) => {
    const {createProgress, progressModeFor} = await import('./report/progress.ts')
    const progress = createProgress({mode: progressModeFor({quiet: options.quiet, isTTY: process.stderr.isTTY}), quietStatuses: ['read', 'laid out']})
    let phase = ''
    const {archive} = await import('./commands/archive.ts')
    const result = await interruptible(options.quiet, (runtime) => archive(sources, {...options, ...runtime, timeoutMs: options.timeout, onProgress: (event) => {
      if (event.phase !== phase) progress.phase((phase = event.phase), event.total)
      if ('source' in event && event.source) progress.advance(event.source, event.phase === 'load' ? 'read' : 'laid out')
    }}, process.cwd())).finally(() => progress.stop())
    for (const {source, error} of result.failed) process.stderr.write(`${source}  error  ${error.message}\n`)
    if (!options.quiet) {
      for (const skipped of result.skipped) process.stderr.write(`${skipped.source}  skipped  ${skipped.message}\n`)
      const statements = result.sources.length - result.sources.filter((source) => source.failed).length - result.skipped.length
      process.stderr.write(`Archive: ${statements} statements, ${result.pages.length} pages in ${options.output} (${result.skipped.length} skipped, ${result.removed.length} stale files removed)\n`)
    }
    reportSources(result.sources, options, result.failed.length)
  })

interface DocumentCliOptions extends ReadCliOptions {
  config?: string
  output?: string
  templates?: string
  paper: 'a4' | 'letter'
  concurrency?: number
  largePrint?: boolean
  strict?: boolean
  quiet?: boolean
  reporter: ReporterName
}

/** The flags every command that prints documents takes. */
function withDocumentFlags(command: Command): Command {
  return withReadFlags(command)
    .option('--config <file>', 'config file for speaking-time rates and limits (default: found as build finds it)')
    .option('--templates <dir>', 'folder of templates that replace the defaults of the same name')
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4'))
    .option('--large-print', 'bigger type and wider leading, for reading aloud at the podium')
    .addOption(new Option('--concurrency <n>', `pages printing at once, 1 to ${maxConcurrency} (default: one per core)`).argParser(concurrency))
    .option('--strict', 'exit 1 when any warning is reported')
    .option('--quiet', 'print only errors')
    .addOption(reporterOption())
}

/** Diagnostics of every source (warnings and errors; only errors with --quiet), then the exit decision. */
function reportSources(sources: Array<{source: string; messages: Diagnostic[]; failed: boolean}>, options: {quiet?: boolean; strict?: boolean; reporter?: ReporterName}, otherFailures = 0) {
  for (const source of sources) {
    for (const diagnostic of source.messages) {
      if (diagnostic.severity === 'info' || (options.quiet && diagnostic.severity !== 'error')) continue
      process.stderr.write(`${formatDiagnostic(source.source, diagnostic)}\n`)
      if (options.reporter === 'github') process.stdout.write(`${formatGithubAnnotation(source.source, diagnostic)}\n`)
    }
  }
  const failed = sources.filter((source) => source.failed).length + otherFailures
  const warned = sources.filter((source) => source.messages.some((message) => message.severity === 'warning')).length
  if (failed > 0) throw new BatchFailedError(`${failed} of ${sources.length} sources failed`)
  if (options.strict && warned > 0) throw new BatchFailedError(`${warned} of ${sources.length} sources have warnings (--strict)`)
}

function formatList(value: string): Array<'pdf' | 'html'> {
  const formats = value.split(',').map((format) => format.trim().toLowerCase())
  if (formats.length === 0 || formats.some((format) => format !== 'pdf' && format !== 'html')) throw new InvalidArgumentError('expected pdf, html or pdf,html')
  return [...new Set(formats)] as Array<'pdf' | 'html'>
}

withDocumentFlags(
  program
    .command('render')
    .description('print a reading copy (PDF and self-contained HTML) of every statement')
    .argument('<sources...>', 'files, folders or globs')
    .option('-o, --output <dir>', 'output folder', 'output')
    .addOption(new Option('--format <list>', 'pdf, html or pdf,html').default(['pdf', 'html'], 'pdf,html').argParser(formatList)),
).action(async (sources: string[], options: DocumentCliOptions & {format: Array<'pdf' | 'html'>}) => {
  const {createProgress, progressModeFor} = await import('./report/progress.ts')
  const progress = createProgress({mode: progressModeFor({quiet: options.quiet, isTTY: process.stderr.isTTY})})
  let started = false
  const {render} = await import('./commands/render.ts')
  const result = await interruptible(options.quiet, (runtime) => render(sources, {...options, ...runtime, timeoutMs: options.timeout, formats: options.format, onProgress: ({total, source, failed}) => {
    if (!started) progress.phase('reading copies', total)
    started = true
    progress.advance(source, failed ? 'failed' : 'printed')
  }}, process.cwd())).finally(() => progress.stop())
  if (!options.quiet) {
    const written = result.sources.filter((source) => !source.failed).length
    process.stderr.write(`Reading copies: ${written} of ${result.sources.length} statements in ${result.outDir}\n`)
  }
  reportSources(result.sources, options)
})

withDocumentFlags(
  program
    .command('pack')
    .description('print one delegation pack: cover, contents with page numbers, every statement')
    .argument('<sources...>', 'files, folders or globs')
    .requiredOption('-o, --output <file>', 'the pack PDF to write (PACK.pdf)')
    .option('--title <text>', 'the pack\'s title (default: "Statements" in the pack\'s language)')
    .option('--lang <code>', 'language of the cover and contents (default: the language most statements use)')
    .addOption(new Option('--order <order>', 'agenda: by agenda item, date, order, file; as-given: command-line order').choices(['agenda', 'as-given']).default('agenda'))
    .option('--html', 'also write the pack as one HTML file next to the PDF'),
).action(async (sources: string[], options: DocumentCliOptions & {output: string; title?: string; lang?: string; order: 'agenda' | 'as-given'; html?: boolean}) => {
  const {pack} = await import('./commands/pack.ts')
  const result = await interruptible(options.quiet, (runtime) => pack(sources, {...options, ...runtime, timeoutMs: options.timeout}, process.cwd()))
  if (result.pack && !options.quiet) {
    process.stderr.write(`Pack: ${result.pack.entries.length} statements, ${result.pack.pages} pages in ${result.pack.pdf}${result.pack.html ? ` and ${result.pack.html}` : ''}\n`)
  }
  if (!result.pack) process.stderr.write('statement-packs: the pack was not printed: none of its statements could be read\n')
  reportSources(result.sources, options)
})

program
  .command('init')
  .description('start a project: a config file, a sample source and a CI workflow')
  .argument('[dir]', 'folder to create the project in', '.')
  .action(async (dir: string) => {
    const {init} = await import('./commands/init.ts')
    const result = await init(dir, process.cwd())
    for (const file of result.files) process.stdout.write(`created ${file}\n`)
    process.stdout.write(`Next: cd ${dir} && npm install && npx statement-packs build\n`)
  })

program
  .command('setup')
  .description('make sure a Chrome/Chromium is available for printing: keep the one found, else download one')
  .action(async () => {
    const {setupBrowser} = await import('./commands/setup.ts')
    const result = await setupBrowser((line) => process.stderr.write(`${line}\n`))
    process.stdout.write(`Ready: ${result.browser}\n`)
  })

program
  .command('templates')
  .description('work with the templates')
  .command('eject')
  .description('copy the default templates into DIR for editing (then build with --templates DIR)')
  .argument('<dir>', 'folder to copy the templates into')
  .option('--force', 'overwrite files that already exist there')
  .action(async (dir: string, options: {force?: boolean}) => {
    const {ejectTemplates} = await import('./commands/templates.ts')
    const result = await ejectTemplates(dir, options, process.cwd())
    process.stdout.write(`Copied ${result.files.length} template files to ${dir}; build with --templates ${dir}\n`)
  })

/** After a usage error, point to the help of the command it was made in (rather than printing it all). */
function pointToHelp(command: Command, path: string): void {
  command.showHelpAfterError(`Run \`${path} --help\` for usage.`)
  for (const sub of command.commands) pointToHelp(sub, `${path} ${sub.name()}`)
}
pointToHelp(program, program.name())

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; everything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : exitCodeFor(new UsageError(error.message))
  } else {
    process.stderr.write(`statement-packs: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = exitCodeFor(error)
  }
}
