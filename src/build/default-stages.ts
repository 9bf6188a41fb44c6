import {StatementPacksError} from '../errors.ts'
import {openBrowserSession} from '../render/browser.ts'
import {renderReadingCopies} from '../render/index.ts'
import {loadTemplates, type Templates} from '../templates/index.ts'
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
    async open({templatesDir, concurrency, paper, largePrint}): Promise<StageSession> {
      const templates = await templatesFor(templatesDir)
      const browser = openBrowserSession({concurrency})
      return {
        async renderReadingCopy(statement, {outDir, name, formats}) {
          const [result] = await renderReadingCopies([statement], {outDir, formats, paper, largePrint, templates, session: browser, outputName: () => name})
          if (result?.error) throw result.error
          return [result?.pdf, result?.html].filter((file): file is string => typeof file === 'string')
        },
        async buildPack() {
          throw new StatementPacksError('Packs are not available in this build yet')
        },
        async buildArchive() {
          throw new StatementPacksError('The archive is not available in this build yet')
        },
        close: () => browser.close(),
      }
    },
  }
}
