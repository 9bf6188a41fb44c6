import {findEntities} from '../vocabulary/entities.ts'
import type {StatementMeta} from '../meta.ts'
import {classify, continuesOnNextLine, functionTitle, ministryLine, missionLine, startsLowercase} from './classify-lines.ts'
import {findVenue} from './find-venue.ts'
import {fold} from './fold.ts'
import {parseMeeting} from './parse-meeting.ts'

/** Says nothing on its own: a label waiting for its value ("Location:"), a bare number or date, one cased word ("Statements"). */
const saysNothing = /^[^\s]+:$|^[\d\s/.\-–]+$|^[\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u

/**
 * The header lines no field shows: "Thematic debate: conventional weapons", "Cluster I: nuclear
 * disarmament". A line is shown when a field was read from it (title, agenda item, speaker, dates,
 * meeting, treaty, venue, organisation, check against delivery), and so are the lines that continue
 * it (a treaty's name over three lines); the others are printed as written, so that nothing of the
 * header is lost from the reading copy.
 */
export function unshownHeadingLines(meta: Pick<StatementMeta, 'heading' | 'title'>): string[] {
  const groups: string[][] = []
  for (const text of meta.heading) {
    const previous = groups.at(-1)
    const last = previous?.at(-1)
    if (previous && last !== undefined && (continuesOnNextLine.test(fold(last)) || startsLowercase(text))) previous.push(text)
    else groups.push([text])
  }
  return groups.filter((group) => !isShown(group.join(' '), meta.title)).flat()
}

function isShown(text: string, title: string | null): boolean {
  if (title !== null && (title === text || title.includes(text))) return true
  const line = classify({text, block: 0, strong: null}, 0)
  if (line.kind !== 'plain' || saysNothing.test(text)) return true
  if (missionLine.test(line.folded) || functionTitle.test(line.folded) || ministryLine.test(line.folded)) return true
  const meeting = parseMeeting(text)
  return meeting.meeting !== null || meeting.convention !== null || findVenue(text) !== null || findEntities(text, {forums: true}).length > 0
}
