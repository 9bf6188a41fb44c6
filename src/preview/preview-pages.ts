import Handlebars from 'handlebars'
import {formatDiagnostic, type Diagnostic} from '../report/diagnostics.ts'

// The preview's own pages (its index, and what shows in place of a page that cannot be rendered).
// They are the tool's, not the theme's: a broken template must not break the page that reports it.

const handlebars = Handlebars.create()

const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'">
<title>{{title}}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
.diagnostics { font-family: ui-monospace, monospace; font-size: 0.9rem; white-space: pre-wrap; }
.error { color: #a00; }
.warning { color: #850; }
</style>
</head>
<body>`

const diagnosticList = `{{#if diagnostics.length}}<ul class="diagnostics">{{#each diagnostics}}<li class="{{severity}}">{{text}}</li>{{/each}}</ul>{{/if}}`

const indexPage = handlebars.compile(
  `${head}
<h1>{{title}}</h1>
{{#if problem}}<p class="error">{{problem}}</p>{{/if}}
<h2>Reading copies</h2>
<ul>
{{#each statements}}
<li>{{#if href}}<a href="{{href}}">{{label}}</a>{{else}}{{label}}{{/if}} <small>{{source}}</small>${diagnosticList}</li>
{{else}}
<li>No statements.</li>
{{/each}}
</ul>
<h2>Packs</h2>
<ul>
{{#each packs}}<li><a href="{{href}}">{{label}}</a> <small>{{count}} statements</small></li>{{else}}<li>No packs.</li>{{/each}}
</ul>
<h2>Archive</h2>
<p><a href="/archive/">The archive</a>{{#if output}} · <a href="/output/">The last build's files ({{output}})</a>{{/if}}</p>
</body>
</html>`,
  {strict: true},
)

const problemPage = handlebars.compile(
  `${head}
<h1>{{title}}</h1>
<p class="error">{{message}}</p>
${diagnosticList}
<p><a href="/">All pages</a></p>
</body>
</html>`,
  {strict: true},
)

export interface ShownDiagnostic {
  severity: Diagnostic['severity']
  /** `file:line:column  severity  reason  ruleId`, as the command line prints it. */
  text: string
}

/** The warnings and errors of a source as the preview shows them (not what normalisation merely changed). */
export function shownDiagnostics(source: string, diagnostics: readonly Diagnostic[]): ShownDiagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => ({severity: diagnostic.severity, text: formatDiagnostic(source, diagnostic)}))
}

export interface IndexPageData {
  title: string
  /** Why the sources could not be listed, when they could not. */
  problem: string | null
  statements: Array<{label: string; source: string; href: string | null; diagnostics: ShownDiagnostic[]}>
  packs: Array<{label: string; href: string; count: number}>
  /** The output folder, when it exists. */
  output: string | null
}

export function renderIndexPage(data: IndexPageData): string {
  return indexPage(data)
}

/** A page that could not be rendered: why, and the diagnostics of its source. */
export function renderProblemPage(data: {title: string; message: string; diagnostics: ShownDiagnostic[]}): string {
  return problemPage(data)
}
