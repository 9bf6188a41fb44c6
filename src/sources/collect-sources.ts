import {lstat, readdir, realpath, stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {findConfigFile} from '../config.ts'
import {InputError, UsageError} from '../errors.ts'
import {isInside} from '../file-safety/resolve-inside.ts'
import {expandEmails} from './expand-emails.ts'

/**
 * Extensions a folder is searched for; a file named explicitly is read whatever its extension.
 * Documents in formats that are not read (.doc, .rtf, .odt, .pages, .msg) are collected too, so that
 * each is refused with what to save it as instead of being passed over in silence.
 */
export const sourceExtensions = ['txt', 'text', 'md', 'markdown', 'pdf', 'docx', 'html', 'htm', 'eml', 'doc', 'rtf', 'odt', 'pages', 'msg']

/** Folders a walk never enters besides dot-folders (`.git`, `.statement-packs`) and the run's outputs. */
const skippedFolders = new Set(['node_modules'])

export interface CollectSourcesOptions {
  /** Folder that relative inputs and the returned paths are relative to. */
  cwd?: string
  /** Folder links may point into (the project); default: the config file's folder, else `cwd`. */
  root?: string
  /** Read links whatever they point to (`--follow-symlinks`). */
  followSymlinks?: boolean
  /** Folders the run writes into: never walked, and never a source folder or around a source. */
  outputFolders?: string[]
  /** Files the run writes: never a source. */
  outputFiles?: string[]
  /** Return no sources instead of failing when a pattern matches nothing. */
  allowEmpty?: boolean
  /** `--max-size`: an e-mail larger than this is not opened to list its attachments (reading it refuses it). */
  maxSize?: number
}

/** One source of a run. */
export interface CollectedSource {
  /** As reported: relative to `cwd` with `/` separators, else absolute. */
  source: string
  /** The absolute path to read; for an attached statement, the e-mail's path, `#` and the attachment's name. */
  path: string
  /** Why it cannot be read (missing file, dangling or refused link): reported for it, the others go on. */
  refusal: InputError | null
}

const collator = new Intl.Collator('en', {numeric: true})

/** The order of sources everywhere (reports, manifests): natural, so `2.txt` comes before `10.txt`. */
export const compareSourcePaths = collator.compare

/**
 * Files, folders and glob patterns → the sources of a run, the same way in every command:
 * inputs in the order given, a folder's or a pattern's files in natural order, each file once,
 * each statement attached to an e-mail as a source of its own (`message.eml#Statement.docx`).
 * Walks skip dot-folders, `node_modules` and the run's output folders. Links are read only when
 * they point inside the project (or with `followSymlinks`); a missing file, a dangling or a
 * refused link comes back with its refusal, for the command to report. Throws UsageError for a
 * pattern or folder that holds no source, and for outputs that would read or overwrite a source.
 */
export async function collectSources(inputs: readonly string[], options: CollectSourcesOptions = {}): Promise<CollectedSource[]> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const outputFolders = (options.outputFolders ?? []).map((folder) => resolve(cwd, folder))
  const walk: Walk = {
    root: await realpath(options.root ?? (await projectRoot(cwd))).catch(() => resolve(options.root ?? cwd)),
    followSymlinks: options.followSymlinks ?? false,
    skip: (path) => outputFolders.some((folder) => folder === path),
    visited: new Set(),
  }
  const found = new Map<string, CollectedSource>()
  for (const input of inputs) {
    const matches = await expand(input, cwd, walk, outputFolders)
    if (matches.length === 0 && !options.allowEmpty) throw new UsageError(`No source files match ${input}`)
    for (const match of matches) if (!found.has(match.path)) found.set(match.path, {...match, source: display(match.path, cwd)})
  }
  const sources = await expandEmails([...found.values()], options.maxSize)
  refuseOverlaps(sources, outputFolders, (options.outputFiles ?? []).map((file) => resolve(cwd, file)), cwd)
  return sources
}

/** The project a run belongs to: the folder of the config file found from `cwd` upward, else `cwd`. */
export async function projectRoot(cwd: string): Promise<string> {
  const config = await findConfigFile(cwd)
  return config ? dirname(config) : cwd
}

interface Walk {
  /** Real path of the project. */
  root: string
  followSymlinks: boolean
  skip: (path: string) => boolean
  /** Real paths of the folders walked, so that a link back up does not loop. */
  visited: Set<string>
}

type Match = Omit<CollectedSource, 'source'>

async function expand(input: string, cwd: string, walk: Walk, outputFolders: string[]): Promise<Match[]> {
  const absolute = resolve(cwd, input)
  const link = await lstat(absolute).catch(() => null)
  if (link) {
    const target = await stat(absolute).catch(() => null)
    if (target?.isDirectory()) {
      const refused = await refuseLink(absolute, link.isSymbolicLink(), walk)
      if (refused) return [{path: absolute, refusal: refused}]
      refuseOutputFolder(input, absolute, outputFolders, 'inside')
      const isSource = (path: string) => sourceExtensions.some((extension) => path.toLowerCase().endsWith(`.${extension}`))
      return sortMatches(await walkFolder(absolute, isSource, walk))
    }
    return [{path: absolute, refusal: await refuseLink(absolute, link.isSymbolicLink(), walk)}]
  }
  const scanned = picomatch.scan(input)
  if (!scanned.isGlob) return [{path: absolute, refusal: new InputError(absolute, 'no such file', 'missing-file')}]
  const base = resolve(cwd, scanned.base || '.')
  refuseOutputFolder(input, base, outputFolders, 'equal')
  const matcher = picomatch(scanned.glob, {dot: false})
  const isMatch = (path: string) => matcher(relative(base, path).split(sep).join('/'))
  const isFolder = await stat(base).then((stats) => stats.isDirectory(), () => false)
  return isFolder ? sortMatches(await walkFolder(base, isMatch, walk)) : []
}

/** Every file under `folder` that `wanted` accepts; links as the policy says, each refusal reported. */
async function walkFolder(folder: string, wanted: (path: string) => boolean, walk: Walk): Promise<Match[]> {
  const real = await realpath(folder)
  if (walk.visited.has(real)) return []
  walk.visited.add(real)
  const matches: Match[] = []
  for (const entry of await readdir(folder, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue
    const path = join(folder, entry.name)
    if (walk.skip(path)) continue
    const isLink = entry.isSymbolicLink()
    const target = isLink ? await stat(path).catch(() => null) : null
    const isFolder = isLink ? target?.isDirectory() === true : entry.isDirectory()
    if (isFolder) {
      const refused = await refuseLink(path, isLink, walk)
      if (refused) matches.push({path, refusal: refused})
      else matches.push(...(await walkFolder(path, wanted, walk)))
    } else if (wanted(path) && (entry.isFile() || isLink)) {
      matches.push({path, refusal: await refuseLink(path, isLink, walk)})
    }
  }
  return matches
}

/** A link is read only when it leads to something inside the project, or with `followSymlinks`. */
async function refuseLink(path: string, isLink: boolean, walk: Walk): Promise<InputError | null> {
  if (!isLink) return null
  const target = await realpath(path).catch(() => null)
  if (target === null) return new InputError(path, 'this link leads to nothing (dangling symbolic link)', 'dangling-symlink')
  if (walk.followSymlinks || target === walk.root || isInside(walk.root, target)) return null
  return new InputError(path, `this link leads outside the project (${walk.root}) to ${target}; pass --follow-symlinks to read it`, 'symlink-outside-project')
}

/** A source folder that is an output folder, or holds one (`src -o src/site`), would read the run's own files back. */
function refuseOutputFolder(input: string, folder: string, outputFolders: string[], relation: 'equal' | 'inside') {
  for (const output of outputFolders) {
    if (output === folder || (relation === 'inside' && isInside(folder, output))) {
      throw new UsageError(`The output folder ${output} is ${output === folder ? 'the' : 'inside the'} source folder ${input}: the run would read back or overwrite its own files; choose an output folder outside it`)
    }
  }
}

/** An output that is a source, or a folder holding one, would overwrite it. */
function refuseOverlaps(sources: CollectedSource[], outputFolders: string[], outputFiles: string[], cwd: string) {
  for (const {path, source} of sources) {
    const folder = outputFolders.find((output) => output === path || isInside(output, path))
    if (folder) throw new UsageError(`The output folder ${display(folder, cwd)} holds the source ${source}: the run could overwrite it; choose an output folder that holds no source`)
    if (outputFiles.includes(path)) throw new UsageError(`The output ${source} is also a source of this run; choose another output name`)
  }
}

function sortMatches(matches: Match[]): Match[] {
  return matches.sort((a, b) => compareSourcePaths(a.path, b.path))
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path
  return rel.split(sep).join('/')
}
