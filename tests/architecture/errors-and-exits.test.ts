import {readdirSync, readFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

const src = resolve(import.meta.dirname, '../../src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.(ts|js)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  )
}

function filesMatching(pattern: RegExp): string[] {
  return sourceFiles(src)
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => relative(src, file))
}

describe('errors and exits', () => {
  it('every error class, with its exit code, is declared in src/errors.ts', () => {
    expect(filesMatching(/class \w+ extends \w*Error\b/)).toEqual(['errors.ts'])
  })

  it('only src/cli.ts ends the process', () => {
    expect(filesMatching(/process\.exit\(/)).toEqual(['cli.ts'])
  })
})
