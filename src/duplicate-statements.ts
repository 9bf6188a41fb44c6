import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {StatementMeta} from './normalise/meta.ts'
import {hashJson} from './hash.ts'
import type {Diagnostic} from './report/diagnostics.ts'
import {compareSourcePaths} from './sources/collect-sources.ts'

/**
 * What makes two sources the same statement whatever format each came in (a `.docx` and its
 * `.pdf`, a text file and the e-mail it was attached to): the same metadata and the same words in
 * the body. The header lines as written (`heading`) and the markup are left out: formats break and
 * style them differently.
 */
export function statementFingerprint(statement: {meta: StatementMeta; tree: Root}): string {
  const {heading: _heading, ...meta} = statement.meta
  const words: string[] = []
  visit(statement.tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words.push(node.value)
  })
  return hashJson({meta, body: words.join(' ').split(/\s+/u).filter(Boolean).join(' ')})
}

/**
 * Remembers the first source of each statement. Sources are offered in path order, so the one
 * kept is the first by path whatever order the command line named them in.
 */
export class DuplicateStatements {
  readonly #first = new Map<string, string>()

  /** The source this statement was already read from, or null when it is the first. */
  originalOf(source: string, fingerprint: string): string | null {
    const first = this.#first.get(fingerprint)
    if (first !== undefined && first !== source) return first
    this.#first.set(fingerprint, source)
    return null
  }
}

/** Each duplicate source → the source (first by path) that is built in its place. */
export function findDuplicates(statements: ReadonlyArray<{source: string; meta: StatementMeta; tree: Root}>): Map<string, string> {
  return duplicatesByFingerprint(statements.map((statement) => ({source: statement.source, fingerprint: statementFingerprint(statement)})))
}

/** As findDuplicates, from fingerprints taken as the statements were read (they need not be kept). */
export function duplicatesByFingerprint(statements: ReadonlyArray<{source: string; fingerprint: string}>): Map<string, string> {
  const seen = new DuplicateStatements()
  const duplicates = new Map<string, string>()
  for (const {source, fingerprint} of [...statements].sort((a, b) => compareSourcePaths(a.source, b.source))) {
    const original = seen.originalOf(source, fingerprint)
    if (original !== null) duplicates.set(source, original)
  }
  return duplicates
}

/** The warning a duplicate source gets; it is not built. */
export function duplicateDiagnostic(original: string): Diagnostic {
  return {
    ruleId: 'duplicate-statement',
    reason: `Unexpected second copy of the statement read from ${original} (same metadata and body), expected each statement once: only ${original} is built`,
    line: null,
    column: null,
    fatal: false,
    severity: 'warning',
  }
}
