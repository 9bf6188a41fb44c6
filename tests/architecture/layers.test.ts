import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * The pipeline's layers, lowest first: a file may import its own layer and the
 * layers below, never one above. Shared helpers sit low enough for all their users.
 */
const layers: string[][] = [
  ['errors', 'closest-name', 'concurrency', 'cache-by-key', 'hash', 'slugify'],
  ['ingest'],
  ['report', 'file-safety'],
  ['normalise'],
  ['speaking-time'],
  ['load-reply', 'read-statement', 'load-statement', 'load-statement-worker', 'load-statement-worker-tsx', 'statement-order'],
  ['templates'],
  ['render'],
  ['pack'],
  ['archive'],
  ['batch', 'config', 'config-limits', 'sources', 'duplicate-statements'],
  ['preview'],
  ['commands'],
  ['cli', 'index'],
]

const src = resolve(import.meta.dirname, '../../src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.(ts|js)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  )
}

/** The layer of a file: the rank of its top-level folder or file under src/. */
function layerOf(file: string): number {
  const top = relative(src, file).split(/[\\/]/)[0]!.replace(/\.(d\.)?(ts|js)$/, '')
  const rank = layers.findIndex((names) => names.includes(top))
  if (rank < 0) throw new Error(`src/${top} has no layer: add it to tests/architecture/layers.test.ts`)
  return rank
}

const relativeImport = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

describe('layers', () => {
  const files = sourceFiles(src)

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('no source file imports a layer above its own', () => {
    const upward: string[] = []
    for (const file of files) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
        const target = resolve(dirname(file), specifier!)
        if (layerOf(target) > layerOf(file)) upward.push(`src/${relative(src, file)} → src/${relative(src, target)}`)
      }
    }
    expect(upward).toEqual([])
  })
})
