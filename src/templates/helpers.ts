import type Handlebars from 'handlebars'
import type {AgendaItem, DateRange} from '../normalise/meta.ts'
import {formatDate, formatDateRange} from './format-date.ts'
import {countText, fillIn, labelsFor, type CountForms} from './labels.ts'
import {cacheByKey} from '../cache-by-key.ts'

type HelperOptions = Handlebars.HelperOptions

/** The language a helper formats in: an explicit argument, else the template data's `lang`. */
function languageOf(explicit: unknown, options: HelperOptions): string {
  if (typeof explicit === 'string' && explicit) return explicit
  const root = options.data?.root as {lang?: unknown} | undefined
  return typeof root?.lang === 'string' ? root.lang : 'en'
}

/** Handlebars passes its options object last; everything before it is an argument. */
function split(args: unknown[]): {values: unknown[]; options: HelperOptions} {
  return {values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions}
}

/** "Agenda item 9d: Victim assistance" in the statement's language. */
export function agendaItemText(item: Pick<AgendaItem, 'number' | 'title'> | null | undefined, language: string): string {
  if (!item) return ''
  const labels = labelsFor(language)
  const head = `${labels.agendaItem} ${item.number}`
  return item.title ? `${head}${labels.colon}${item.title}` : head
}

/** "ICRC and IFRC", "le CICR et la FICR"-style lists joined the way the language joins them. */
export function listNames(names: readonly string[] | null | undefined, language: string): string {
  if (!names || names.length === 0) return ''
  return listFormat(language).format(names)
}

const listFormat = cacheByKey((language) => new Intl.ListFormat(language === 'en' ? 'en-GB' : language, {style: 'long', type: 'conjunction'}))

/** A CSS string literal that cannot end its string or its `<style>` element. */
export function cssString(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return `"${text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`
}

/**
 * The helpers every template can use. Output that is HTML or CSS is returned as a SafeString;
 * everything else is escaped by Handlebars as usual.
 */
export function registerHelpers(
  handlebars: typeof Handlebars,
  resources: {style: (name: string) => string; asset: (name: string) => string},
): void {
  handlebars.registerHelper('formatDate', (...args: unknown[]) => {
    const {values, options} = split(args)
    return formatDate(values[0] as string | null, languageOf(values[1], options))
  })
  handlebars.registerHelper('formatDateRange', (...args: unknown[]) => {
    const {values, options} = split(args)
    return formatDateRange(values[0] as DateRange | null, languageOf(values[1], options))
  })
  handlebars.registerHelper('agendaItem', (...args: unknown[]) => {
    const {values, options} = split(args)
    return agendaItemText(values[0] as AgendaItem | null, languageOf(values[1], options))
  })
  handlebars.registerHelper('names', (...args: unknown[]) => {
    const {values, options} = split(args)
    return listNames(values[0] as string[] | null, languageOf(values[1], options))
  })
  handlebars.registerHelper('count', (...args: unknown[]) => {
    const {values, options} = split(args)
    return countText(values[0] as CountForms, Number(values[1]), languageOf(values[2], options))
  })
  handlebars.registerHelper('fill', (...args: unknown[]) => {
    const {values, options} = split(args)
    return fillIn(String(values[0] ?? ''), options.hash as Record<string, string | number>)
  })
  handlebars.registerHelper('join', (...args: unknown[]) => {
    const {values} = split(args)
    const list = Array.isArray(values[0]) ? (values[0] as unknown[]) : []
    return list.filter((item) => item !== null && item !== undefined && item !== '').join(typeof values[1] === 'string' ? values[1] : ', ')
  })
  handlebars.registerHelper('eq', (...args: unknown[]) => {
    const {values} = split(args)
    return values[0] === values[1]
  })
  handlebars.registerHelper('cssString', (...args: unknown[]) => {
    const {values} = split(args)
    return new handlebars.SafeString(cssString(values[0]))
  })
  handlebars.registerHelper('pageCounter', (...args: unknown[]) => {
    const {values} = split(args)
    return new handlebars.SafeString(pageCounterCss(String(values[0] ?? '{page} / {pages}')))
  })
  // Inside <style>, "</style" would end the element: CSS allows escaping the "<".
  handlebars.registerHelper('style', (name: unknown) => new handlebars.SafeString(resources.style(String(name)).replace(/<\/(style)/gi, '\\3c /$1')))
  handlebars.registerHelper('asset', (name: unknown) => resources.asset(String(name)))
}

/** "Page {page} of {pages}" → the CSS `content` value `"Page " counter(page) " of " counter(pages)`. */
export function pageCounterCss(pattern: string): string {
  return pattern
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}
