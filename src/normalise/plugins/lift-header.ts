import type {Root} from 'mdast'
import type {VFile} from 'vfile'

/**
 * Lifts the header block (meeting, venue, dates, agenda item, title, speaker,
 * "Check against delivery") out of the body into `file.data.headerMeta`.
 */
export function liftHeader() {
  return function transform(_tree: Root, _file: VFile) {}
}
