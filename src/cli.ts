import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {normaliseFiles} from './commands/normalise.ts'
import {resolveEncoding} from './ingest/decode-bytes.ts'
import {DEFAULT_MAX_SIZE} from './ingest/read-source.ts'
import {BatchFailedError, UsageError, exitCodeFor} from './errors.ts'
import {formatDiagnostic} from './report/diagnostics.ts'

const program = new Command('statement-packs')
  .description('Raw diplomatic statements → normalised Markdown, PDF reading copies and packs, HTML archives')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride()

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive whole number')
  return number
}

function encodingLabel(value: string): string {
  if (resolveEncoding(value) === null) throw new InvalidArgumentError('unknown encoding; expected a WHATWG label such as utf-8, utf-16le, windows-1252, windows-1251, gbk or shift_jis')
  return value
}

/** "10MB", "512k", "2000000" → bytes. */
function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/i.exec(value.trim())
  if (!match) throw new InvalidArgumentError('expected a size such as 10MB, 512KB or 1000000')
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g'
  return Math.round(Number(match[1]) * {b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3}[unit])
}

program
  .command('normalise')
  .alias('normalize')
  .description('normalise raw statements into Markdown with YAML front matter')
  .argument('<files...>', 'source files')
  .option('-o, --output <dir>', 'write NAME.md per input into this folder')
  .option('--json', 'print a JSON array of {source, meta, markdown, messages} to stdout')
  .addOption(new Option('--encoding <name>', 'decode sources with this encoding (windows-1251, gbk…) instead of detecting it').argParser(encodingLabel))
  .addOption(new Option('--max-size <size>', 'refuse larger sources').default(DEFAULT_MAX_SIZE, '10MB').argParser(byteSize))
  .option('--strict', 'exit 1 when any warning is reported')
  .option('--quiet', 'print only errors')
  .action(async (files: string[], options: {output?: string; json?: boolean; encoding?: string; maxSize: number; strict?: boolean; quiet?: boolean}) => {
    const results = await normaliseFiles(files, {outDir: options.output, encoding: options.encoding, maxSize: options.maxSize})
    for (const result of results) {
      for (const diagnostic of result.messages) {
        if (diagnostic.severity === 'info') continue
        if (options.quiet && diagnostic.severity !== 'error') continue
        process.stderr.write(`${formatDiagnostic(result.source, diagnostic)}\n`)
      }
    }
    if (options.json) {
      const json = results.map(({source, meta, markdown, messages}) => ({
        source,
        meta,
        markdown,
        messages: messages.map(({ruleId, reason, line, column, fatal}) => ({ruleId, reason, line, column, fatal})),
      }))
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    }
    const failed = results.filter((result) => result.failed).length
    const warned = results.filter((result) => result.messages.some((message) => message.severity === 'warning')).length
    if (failed > 0) throw new BatchFailedError(`${failed} of ${results.length} sources failed`)
    if (options.strict && warned > 0) throw new BatchFailedError(`${warned} of ${results.length} sources have warnings (--strict)`)
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; everything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : exitCodeFor(new UsageError(error.message))
  } else {
    if (!(error instanceof BatchFailedError)) process.stderr.write(`statement-packs: ${error instanceof Error ? error.message : String(error)}\n`)
    else process.stderr.write(`statement-packs: ${error.message}\n`)
    process.exitCode = exitCodeFor(error)
  }
}
