import {formatDateRange} from '../templates/format-date.ts'
import {formatSpeakingTime} from '../templates/format-speaking-time.ts'
import {listNames} from '../templates/helpers.ts'
import {countText, directionOf, fillIn, labelsFor, type ArchiveLabels, type InterfaceLanguage} from '../templates/labels.ts'
import type {StatementView} from '../templates/statement-view.ts'
import {encodePath} from '../slugify.ts'
import {languageName} from './language-name.ts'
import type {OriginalDownload} from './original-download.ts'
import type {ArchiveAgendaItem, ArchiveMeeting, ArchiveOrganisation, ArchivePlan, ArchiveStatement} from './plan-archive.ts'
import {agendaLabel} from './search-index.ts'
import {statementTitle} from '../templates/statement-title.ts'

/**
 * The data each archive layout receives (documented in templates/README.md,
 * "Variables: the archive"). Every href is relative to the page, so the site
 * works from any folder, from file:// and from any static host.
 */
export interface SiteData {
  title: string
  /** The interface's language (`archive.language`) and its direction. */
  lang: InterfaceLanguage
  dir: 'ltr' | 'rtl'
  /** The interface's words in that language (templates/README.md, "Labels of the archive"). */
  labels: ArchiveLabels & {agendaItem: string; colon: string; speakingTime: string}
  /** Site-relative stylesheets, linked from every page. */
  stylesheets: string[]
}

export interface PageData {
  /** `../` repeated to reach the site root from this page ('' at the root). */
  root: string
  site: SiteData
  page: {kind: string; title: string; description: string; lang: string; dir: 'ltr' | 'rtl'; scripts: string[]}
  breadcrumbs: Array<{label: string; href: string | null}>
}

export function rootOf(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1)
}

/** What every page shares, in the archive's language. */
export function siteData(options: {language: InterfaceLanguage; title?: string; stylesheets: string[]}): SiteData {
  const labels = labelsFor(options.language)
  return {
    title: options.title ?? labels.archive.title,
    lang: options.language,
    dir: directionOf(options.language),
    labels: {...labels.archive, agendaItem: labels.agendaItem, colon: labels.colon, speakingTime: labels.speakingTime},
    stylesheets: options.stylesheets,
  }
}

function base(pagePath: string, site: SiteData, page: Partial<PageData['page']> & {kind: string; title: string}): PageData {
  return {
    root: rootOf(pagePath),
    site,
    page: {description: '', lang: site.lang, dir: site.dir, scripts: [], ...page},
    breadcrumbs: [],
  }
}

export interface StatementItem {
  href: string
  title: string
  lang: string
  dir: 'ltr' | 'rtl'
  organisationNames: string
  languageName: string
  date: string
  dateText: string
  /** "≈ 4 min 20 s" in the site's language. */
  speakingTimeText: string
}

/** A statement is listed on many pages: what does not depend on the page is worked out once. */
const listed = new WeakMap<ArchiveStatement, Omit<StatementItem, 'href'>>()

/** A statement as a line in a list: its title in its own language, the rest in the site's. */
export function statementItem(entry: ArchiveStatement, root: string, site: SiteData): StatementItem {
  let item = listed.get(entry)
  if (!item) {
    const lang = entry.meta.language ?? 'en'
    item = {
      title: statementTitle(entry.statement),
      lang,
      dir: directionOf(lang),
      organisationNames: listNames(entry.meta.organisations, site.lang),
      languageName: languageName(entry.meta.language, site.lang),
      date: entry.meta.dates?.start ?? '',
      dateText: formatDateRange(entry.meta.dates, site.lang),
      speakingTimeText: formatSpeakingTime(entry.statement.speakingTime.seconds, site.lang),
    }
    listed.set(entry, item)
  }
  return {href: root + encodePath(entry.page), ...item}
}

function meetingSummary(meeting: ArchiveMeeting, root: string, site: SiteData) {
  return {
    name: meeting.name,
    href: root + encodePath(meeting.page),
    convention: meeting.convention,
    venue: meeting.venue,
    key: meeting.key,
    dateText: formatDateRange(meeting.dates, site.lang),
    statementCount: meeting.statements.length,
    agendaItemCount: meeting.agendaItems.length,
    organisationCount: new Set(meeting.statements.flatMap((entry) => entry.organisations)).size,
    searchHref: `${root}search.html?meeting=${encodeURIComponent(meeting.slug)}`,
  }
}

function agendaItemHref(meeting: ArchiveMeeting, item: ArchiveAgendaItem, root: string): string {
  return `${root}${encodePath(meeting.page)}#${encodeURIComponent(item.anchor)}`
}

/** The home page: the only page that counts the whole site, so that adding a statement renders no other page for its count. */
export function homeData(plan: ArchivePlan, site: SiteData) {
  const path = 'index.html'
  const statementCount = plan.statements.length
  const organisationCount = plan.organisations.length
  const description = fillIn(site.labels.homeDescription, {statements: countText(site.labels.statementCount, statementCount, site.lang)})
  const data = base(path, site, {kind: 'home', title: site.title, description})
  return {path, data: {...data, statementCount, organisationCount, meetings: plan.meetings.map((meeting) => meetingSummary(meeting, data.root, site))}}
}

export function meetingData(meeting: ArchiveMeeting, site: SiteData) {
  const path = meeting.page
  const data = base(path, site, {kind: 'meeting', title: meeting.name, description: [meeting.convention, meeting.name].filter(Boolean).join(': ')})
  data.breadcrumbs = [
    {label: site.labels.meetings, href: `${data.root}index.html`},
    {label: meeting.name, href: null},
  ]
  return {
    path,
    data: {
      ...data,
      meeting: meetingSummary(meeting, data.root, site),
      agendaItems: meeting.agendaItems.map((item) => ({
        anchor: item.anchor,
        label: agendaLabel(item, site.lang),
        statements: item.statements.map((entry) => statementItem(entry, data.root, site)),
      })),
    },
  }
}

export function organisationData(organisation: ArchiveOrganisation, site: SiteData) {
  const path = organisation.page
  const data = base(path, site, {kind: 'organisation', title: organisation.name, description: fillIn(site.labels.statementsBy, {name: organisation.name})})
  data.breadcrumbs = [
    {label: site.labels.organisations, href: `${data.root}organisations/index.html`},
    {label: organisation.name, href: null},
  ]
  const meetings: Array<{name: string; href: string; statements: StatementItem[]}> = []
  for (const entry of organisation.statements) {
    let group = meetings.at(-1)
    if (!group || group.href !== data.root + encodePath(entry.meeting.page)) {
      group = {name: entry.meeting.name, href: data.root + encodePath(entry.meeting.page), statements: []}
      meetings.push(group)
    }
    group.statements.push(statementItem(entry, data.root, site))
  }
  return {
    path,
    data: {
      ...data,
      organisation: {
        name: organisation.name,
        statementCount: organisation.statements.length,
        searchHref: `${data.root}search.html?organisation=${encodeURIComponent(organisation.slug)}`,
      },
      meetings,
    },
  }
}

export function organisationsData(plan: ArchivePlan, site: SiteData) {
  const path = 'organisations/index.html'
  const data = base(path, site, {kind: 'organisations', title: site.labels.organisations, description: site.labels.organisationsDescription})
  return {
    path,
    data: {
      ...data,
      organisations: plan.organisations.map((organisation) => ({
        name: organisation.name,
        href: data.root + encodePath(organisation.page),
        statementCount: organisation.statements.length,
      })),
    },
  }
}

/** The view-independent part of a statement page: what its page shows of the site around it. */
export function statementPageContext(entry: ArchiveStatement, site: SiteData, options: {pdfFile: string | null; original?: (OriginalDownload & {file: string}) | null}) {
  const root = rootOf(entry.page)
  return {
    root,
    site,
    breadcrumbs: [
      {label: site.labels.meetings, href: `${root}index.html`},
      {label: entry.meeting.name, href: root + encodePath(entry.meeting.page)},
      {label: agendaLabel(entry.agendaItem, site.lang), href: agendaItemHref(entry.meeting, entry.agendaItem, root)},
    ],
    markdownHref: root + encodePath(entry.markdownFile),
    pdfHref: options.pdfFile ? root + encodePath(options.pdfFile) : null,
    original: options.original ? {href: root + encodePath(options.original.file), label: options.original.label, type: options.original.type} : null,
    meeting: {name: entry.meeting.name, href: root + encodePath(entry.meeting.page)},
    agendaItem: {label: agendaLabel(entry.agendaItem, site.lang), href: agendaItemHref(entry.meeting, entry.agendaItem, root)},
    organisations: entry.organisations.map((organisation) => ({name: organisation.name, href: root + encodePath(organisation.page)})),
    languageName: languageName(entry.meta.language, site.lang),
    neighbours: Boolean(entry.previous || entry.next),
    previous: entry.previous ? statementItem(entry.previous, root, site) : null,
    next: entry.next ? statementItem(entry.next, root, site) : null,
  }
}

/** A statement page: its context (see statementPageContext) and the statement's own view. */
export function statementPageData(entry: ArchiveStatement, view: StatementView, context: ReturnType<typeof statementPageContext>) {
  const {root, site, ...rest} = context
  const data = base(entry.page, site, {kind: 'statement', title: view.title, description: view.subject, lang: view.lang, dir: view.dir})
  return {path: entry.page, data: {...data, root, ...rest, statement: view}}
}

export function searchData(plan: ArchivePlan, site: SiteData, scripts: string[]) {
  const path = 'search.html'
  const data = base(path, site, {kind: 'search', title: site.labels.search, description: site.labels.searchDescription, scripts})
  return {
    path,
    data: {
      ...data,
      filters: {
        meetings: plan.meetings.map((meeting) => ({value: meeting.slug, label: meeting.name})),
        agendaItems: plan.meetings.map((meeting) => ({
          meeting: meeting.name,
          items: meeting.agendaItems.map((item) => ({value: `${meeting.slug}/${item.anchor}`, label: agendaLabel(item, site.lang)})),
        })),
        organisations: plan.organisations.map((organisation) => ({value: organisation.slug, label: organisation.name})),
        languages: [...new Set(plan.statements.flatMap((entry) => entry.meta.language ?? []))]
          .sort()
          .map((code) => ({value: code, label: languageName(code, site.lang)})),
      },
    },
  }
}
