// The public API of statement-packs: the stages of the pipeline, in the order data flows through them.
export {readSource, DEFAULT_MAX_SIZE, type ReadSourceOptions} from './ingest/read-source.ts'
export {normalise, type NormaliseOptions, type NormaliseResult} from './normalise/index.ts'
export {emptyMeta, type StatementMeta, type AgendaItem, type DateRange} from './normalise/meta.ts'
export {loadStatement, type Statement, type LoadStatementOptions} from './load-statement.ts'
export {compareStatements, compareAgendaKeys} from './statement-order.ts'
export {loadTemplates, type Templates, type LoadTemplatesOptions} from './templates/index.ts'
export {bodyToHtml, type BodyHtmlOptions} from './templates/body-html.ts'
export {openBrowserSession, withBrowserSession, type BrowserSession, type BrowserSessionOptions} from './render/browser.ts'
export {findBrowser, requireBrowser} from './render/find-browser.ts'
export {renderReadingCopies, type RenderReadingCopiesOptions, type ReadingCopyResult} from './render/index.ts'
export {buildPack, type BuildPackOptions, type PackResult} from './pack/index.ts'
export {buildArchive, buildCatalogue, type BuildArchiveOptions, type BuildArchiveResult, type Catalogue} from './archive/index.ts'
export {runBuild, type RunBuildOptions} from './batch/run-build.ts'
export {runMerge, type RunMergeOptions} from './batch/run-merge.ts'
export {toDiagnostic, formatDiagnostic, formatGithubAnnotation, type Diagnostic} from './report/diagnostics.ts'
export {
  StatementPacksError,
  UsageError,
  ConfigError,
  InputError,
  BrowserError,
  RenderError,
  BatchFailedError,
  exitCodeFor,
} from './errors.ts'
