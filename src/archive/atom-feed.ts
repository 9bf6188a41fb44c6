import {createHash} from 'node:crypto'
import {encodePath} from '../slugify.ts'
import type {ArchivePlan, ArchiveStatement} from './plan-archive.ts'
import {xmlEscape} from './xml-escape.ts'
import {statementTitle} from '../templates/statement-title.ts'

/** How many of the newest statements the feed carries. */
const feedLength = 50

/**
 * An Atom feed (RFC 4287) of the newest statements, by date. Deterministic: every
 * timestamp comes from the statements' dates, never from the clock. Without a base
 * URL, links are relative to the feed (`xml:base` is the site folder).
 */
export function atomFeed(plan: ArchivePlan, options: {title: string; baseUrl: string | null; summaries: readonly string[]}): string {
  const dated = feedEntries(plan)
  const updated = dated[0] ? timestamp(dated[0]) : '1970-01-01T00:00:00Z'
  const link = (path: string) => (options.baseUrl ? new URL(path, options.baseUrl).href : encodePath(path))
  const id = (path: string) => (options.baseUrl ? new URL(path, options.baseUrl).href : uuidUrn(path))
  const entries = dated.map((entry) => {
    const summary = options.summaries[entry.id] ?? ''
    return [
      '  <entry>',
      `    <title>${xmlEscape(statementTitle(entry.statement))}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link(entry.page))}"/>`,
      `    <id>${xmlEscape(id(entry.dir + '/'))}</id>`,
      `    <updated>${timestamp(entry)}</updated>`,
      `    <published>${timestamp(entry)}</published>`,
      ...(entry.meta.organisations.length ? entry.meta.organisations : ['Unknown']).map(
        (name) => `    <author><name>${xmlEscape(name)}</name></author>`,
      ),
      `    <category term="${xmlEscape(entry.meeting.slug)}" label="${xmlEscape(entry.meeting.name)}"/>`,
      summary ? `    <summary xml:lang="${xmlEscape(entry.meta.language ?? 'en')}">${xmlEscape(summary)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${options.baseUrl ? ` xml:base="${xmlEscape(options.baseUrl)}"` : ''}>`,
    `  <title>${xmlEscape(options.title)}</title>`,
    `  <subtitle>The newest statements</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(link('index.html'))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(link('feed.xml'))}"/>`,
    `  <id>${xmlEscape(id(''))}</id>`,
    `  <updated>${updated}</updated>`,
    `  <generator>statement-packs</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** A stable `urn:uuid:` for a site path, for feeds without a base URL (Atom ids must be absolute IRIs). */
function uuidUrn(path: string): string {
  const hex = createHash('sha256').update(`statement-packs:${path}`).digest('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function timestamp(entry: ArchiveStatement): string {
  return `${entry.meta.dates!.start}T00:00:00Z`
}

/** The statements the feed shows: the newest by date, at most `feedLength`. */
export function feedEntries(plan: ArchivePlan): ArchiveStatement[] {
  return plan.statements
    .filter((entry) => entry.meta.dates)
    .sort((a, b) => (a.meta.dates!.start < b.meta.dates!.start ? 1 : a.meta.dates!.start > b.meta.dates!.start ? -1 : a.id - b.id))
    .slice(0, feedLength)
}
