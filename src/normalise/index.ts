import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SourceFormat} from '../ingest/native-document.ts'
import {describeOrigin} from '../ingest/origin.ts'
import {applyHeaderClues} from './metadata/apply-header-clues.ts'
import {emptyMeta, type StatementMeta} from './meta.ts'
import {statementParser} from './parse/statement-parser.ts'
import {readFrontMatter} from './plugins/front-matter.ts'
import {readSignatureSpeaker} from './plugins/read-signature.ts'
import {collapseSpaces} from './plugins/collapse-spaces.ts'
import {detectBodyLanguage} from './plugins/detect-body-language.ts'
import {dropEndMarkers} from './plugins/drop-end-markers.ts'
import {dropFormFeeds} from './plugins/drop-form-feeds.ts'
import {dropLogoLine} from './plugins/drop-logo-line.ts'
import {dropPageNumbers} from './plugins/drop-page-numbers.ts'
import {dropRunningHeaders} from './plugins/drop-running-headers.ts'
import {joinHyphenation} from './plugins/join-hyphenation.ts'
import {joinSplitParagraphs} from './plugins/join-split-paragraphs.ts'
import {liftHeader} from './plugins/lift-header.ts'
import {makeBulletLists} from './plugins/make-bullet-lists.ts'
import {delegationKind} from './metadata/delegation-kind.ts'
import {makeFootnotes} from './plugins/make-footnotes.ts'
import {makeNumberedParagraphs} from './plugins/make-numbered-paragraphs.ts'
import {makeQuotesConsistent} from './plugins/make-quotes-consistent.ts'
import {movePageFootnotes} from './plugins/move-page-footnotes.ts'
import {removeEmptyBlocks} from './plugins/remove-empty-blocks.ts'
import {removeSoftHyphens} from './plugins/remove-soft-hyphens.ts'
import {repairSpacedEntities} from './plugins/repair-spaced-entities.ts'
import {removeZeroWidthSpaces} from './plugins/remove-zero-width-spaces.ts'
import {replaceHyphenPairs} from './plugins/replace-hyphen-pairs.ts'
import {replaceLigatures} from './plugins/replace-ligatures.ts'
import {stripHtml} from './plugins/strip-html.ts'
import {trimBlockEdges} from './plugins/trim-block-edges.ts'
import {unlinkPlaceholders} from './plugins/unlink-placeholders.ts'
import {unwrapLines} from './plugins/unwrap-lines.ts'
import {toMarkdownDocument} from './to-markdown.ts'

declare module 'vfile' {
  interface DataMap {
    /** Fields given explicitly in YAML front matter; they win over the header block. */
    frontMatter: Partial<StatementMeta>
    /** Fields read from the header block. */
    headerMeta: Partial<StatementMeta>
    /** The final metadata: header block, then front matter on top. */
    meta: StatementMeta
  }
}

export interface NormaliseOptions {
  /** Path reported in diagnostics. */
  path?: string
}

export interface NormaliseResult {
  meta: StatementMeta
  /** The statement body as mdast (header block and furniture removed). */
  tree: Root
  /** The full normalised document: YAML front matter + Markdown body. */
  markdown: string
  messages: VFileMessage[]
  /** The format the source was read as (text for a string). */
  format: SourceFormat
}

/**
 * The normalisation chain, in order: the single source of truth of what runs.
 * Each plugin owns one concern and reports through positioned vfile messages.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(statementParser)
  .use(readFrontMatter)
  // characters and page furniture (before the header is read)
  .use(stripHtml)
  .use(unlinkPlaceholders)
  .use(replaceLigatures)
  .use(replaceHyphenPairs)
  .use(removeSoftHyphens)
  .use(repairSpacedEntities)
  .use(removeZeroWidthSpaces)
  .use(dropRunningHeaders)
  .use(dropPageNumbers)
  .use(dropLogoLine)
  .use(dropEndMarkers)
  .use(dropFormFeeds)
  .use(movePageFootnotes)
  .use(collapseSpaces)
  // the header block
  .use(liftHeader)
  // paragraphs, then structure (after the header is lifted)
  .use(makeFootnotes)
  .use(makeBulletLists)
  .use(makeNumberedParagraphs)
  .use(joinSplitParagraphs)
  .use(joinHyphenation)
  .use(unwrapLines)
  .use(makeQuotesConsistent)
  .use(trimBlockEdges)
  .use(removeEmptyBlocks)
  // what the whole statement says
  .use(detectBodyLanguage)
  .use(readSignatureSpeaker)
  .freeze()

/** A native document's messages name the page or paragraph their line came from. */
function locateInDocument(file: VFile): void {
  const origins = file.data.origins
  if (!origins) return
  for (const message of file.messages) {
    const origin = message.line === undefined ? undefined : origins[message.line - 1]
    if (!origin || message.origin) continue
    message.origin = origin
    message.reason += describeOrigin(origin)
    message.message = message.reason
  }
}

/** Normalise the text of one statement (already decoded: see `ingest/`). */
export function normalise(input: string | VFile, options: NormaliseOptions = {}): NormaliseResult {
  const file = typeof input === 'string' ? new VFile({value: input, path: options.path}) : input
  const tree = processor.runSync(processor.parse(file), file) as Root
  const read = applyHeaderClues({...emptyMeta(), ...file.data.headerMeta, language: file.data.language ?? null}, file.data.clues)
  const meta: StatementMeta = {...read, ...file.data.frontMatter}
  if (file.data.frontMatter?.delegationKind === undefined) meta.delegationKind = delegationKind(meta.organisations)
  file.data.meta = meta
  // In reading order, as remark's reporters print them (plugins report in chain order).
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  locateInDocument(file)
  return {meta, tree, markdown: toMarkdownDocument(tree, meta), messages: file.messages, format: file.data.format ?? 'text'}
}

export type {StatementMeta} from './meta.ts'
