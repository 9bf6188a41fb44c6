import {rm} from 'node:fs/promises'
import {join} from 'node:path'
import {buildArchive} from '../archive/index.ts'
import {buildPack} from '../pack/index.ts'
import {openBrowserSession} from '../render/browser.ts'
import {renderReadingCopies} from '../render/index.ts'
import {loadTemplates, type Templates} from '../templates/index.ts'
import {stateFolderName} from './manifest.ts'
import type {BuildStages, StageSession} from './stages.ts'

/** The real stages: templates compiled once per run, one browser session for every document. */
export function defaultStages(): BuildStages {
  const loaded = new Map<string, Promise<Templates>>()
  const templatesFor = (dir: string | null) => {
    const key = dir ?? ''
    if (!loaded.has(key)) loaded.set(key, loadTemplates(dir ? {dir} : {}))
    return loaded.get(key)!
  }
  return {
    async templatesFingerprint(dir) {
      return (await templatesFor(dir)).fingerprint
    },
    async open({templatesDir, concurrency, paper, largePrint, timeoutMs}): Promise<StageSession> {
      const templates = await templatesFor(templatesDir)
      const browser = openBrowserSession({concurrency, timeoutMs})
      return {
        async renderReadingCopy(statement, {outDir, name, formats}) {
          const [result] = await renderReadingCopies([statement], {outDir, formats, paper, largePrint, templates, session: browser, outputName: () => name})
          if (result?.error) throw result.error
          return [result?.pdf, result?.html].filter((file): file is string => typeof file === 'string')
        },
        async buildPack(statements, {outDir, output, title, lang, html}) {
          const result = await buildPack(statements, {output, inside: outDir, title: title ?? undefined, lang: lang ?? undefined, html, paper, largePrint, templates, session: browser})
          return [result.pdf, result.html].filter((file): file is string => typeof file === 'string')
        },
        async buildArchive(statements, {outDir, baseUrl, language, pdfFiles, originals, settingsKey, force}) {
          // Builds before this one laid the archive out in a working folder and copied it into the site.
          await rm(join(outDir, stateFolderName, 'archive'), {recursive: true, force: true})
          const incremental = {stateDir: join(outDir, stateFolderName, 'archive-state'), settingsKey, force}
          const result = await buildArchive(statements, {outDir, baseUrl: baseUrl ?? undefined, language, templates, session: browser, paper, pdfFiles, originals, incremental})
          return {
            files: result.written.map((file) => join(outDir, file)),
            skipped: result.skipped.map(({source, message}) => ({source, reason: message})),
            rendered: result.rendered,
            removed: result.removed,
          }
        },
        close: () => browser.close(),
      }
    },
  }
}
