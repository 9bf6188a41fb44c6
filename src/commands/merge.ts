import {resolve} from 'node:path'
import {runMerge} from '../batch/run-merge.ts'
import type {BuildReport} from '../report/build-report.ts'
import {resolveBuildSettings, writeReport, type BuildFlags, type CommandRuntime} from './build.ts'

/**
 * `statement-packs merge DIR… -o DIR`: combine the outputs of `build --shard i/n` and build
 * what spans statements (packs, archive), equal to one unsharded build.
 */
export async function merge(shardDirs: string[], options: BuildFlags, cwd: string, runtime: CommandRuntime = {}): Promise<BuildReport> {
  const {settings, root} = await resolveBuildSettings(options, cwd, runtime)
  const report = await runMerge({...settings, root, shardDirs: shardDirs.map((dir) => resolve(cwd, dir))})
  await writeReport(report, options, cwd)
  return report
}
