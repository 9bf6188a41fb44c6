import {rm} from 'node:fs/promises'
import {join} from 'node:path'
import type {Templates} from '../templates/index.ts'
import {templatesFingerprint} from '../templates/template-files.ts'
import {stateFolderName} from './manifest.ts'
import type {BuildStages, StageSession} from './stages.ts'

/**
 * The real stages: templates compiled once per run, one browser session for every document.
 * Each renderer (Handlebars, the reading copies, packs, the archive and its search index) is imported
 * when first used, Puppeteer when a document is first printed: a build with nothing to render loads none.
 */
export function defaultStages(): BuildStages {
  const loaded = new Map<string, Promise<Templates>>()
  const templatesFor = (dir: string | null) => {
    const key = dir ?? ''
    if (!loaded.has(key)) loaded.set(key, import('../templates/index.ts').then(({loadTemplates}) => loadTemplates(dir ? {dir} : {})))
    return loaded.get(key)!
  }
  return {
    templatesFingerprint: (dir) => templatesFingerprint(dir ?? undefined),
    async open({templatesDir, concurrency, paper, largePrint, timeoutMs}): Promise<StageSession> {
      const [templates, {openBrowserSession}] = await Promise.all([templatesFor(templatesDir), import('../render/browser.ts')])
      const browser = openBrowserSession({concurrency, timeoutMs})
      return {
        async renderReadingCopy(statement, {outDir, name, formats}) {
          const {renderReadingCopies} = await import('../render/index.ts')
          const [result] = await renderReadingCopies([statement], {outDir, formats, paper, largePrint, templates, session: browser, outputName: () => name})
          if (result?.error) throw result.error
          return [result?.pdf, result?.html].filter((file): file is string => typeof file === 'string')
        },
        async buildPack(statements, {outDir, output, title, lang, html}) {
          const {buildPack} = await import('../pack/index.ts')
          const result = await buildPack(statements, {output, inside: outDir, title: title ?? undefined, lang: lang ?? undefined, html, paper, largePrint, templates, session: browser})
          return [result.pdf, result.html].filter((file): file is string => typeof file === 'string')
        },
        async buildArchive(statements, {outDir, baseUrl, language, pdfFiles, originals, settingsKey, force}) {
          // Builds before this one laid the archive out in a working folder and copied it into the site.
          await rm(join(outDir, stateFolderName, 'archive'), {recursive: true, force: true})
          const {buildArchive} = await import('../archive/index.ts')
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
