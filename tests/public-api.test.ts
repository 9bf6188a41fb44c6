import {describe, expect, it} from 'vitest'
import * as api from '../src/index.ts'

describe('public API', () => {
  it('exports the stages of the pipeline and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BatchFailedError',
      'BrowserError',
      'ConfigError',
      'DEFAULT_MAX_SIZE',
      'InputError',
      'RenderError',
      'StatementPacksError',
      'UsageError',
      'bodyToHtml',
      'buildArchive',
      'buildCatalogue',
      'buildPack',
      'compareAgendaKeys',
      'compareStatements',
      'emptyMeta',
      'exitCodeFor',
      'findBrowser',
      'formatDiagnostic',
      'formatGithubAnnotation',
      'loadStatement',
      'loadTemplates',
      'normalise',
      'openBrowserSession',
      'readSource',
      'renderReadingCopies',
      'requireBrowser',
      'runBuild',
      'runMerge',
      'toDiagnostic',
      'withBrowserSession',
    ])
  })
})
