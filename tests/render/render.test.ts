import {createServer, type Server} from 'node:http'
import {mkdtemp, mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import puppeteer from 'puppeteer-core'
import {renderReadingCopies, type RenderReadingCopiesOptions} from '../../src/render/index.ts'
import {printOptions} from '../../src/render/pdf.ts'
import {requireBrowser} from '../../src/render/find-browser.ts'
import {normalise} from '../../src/normalise/index.ts'
import {statementFrom} from '../../src/load-statement.ts'
import {englishFields, statementFixture} from './statement-fixture.ts'
import {embeddedFonts, isTagged, readPdf} from './read-pdf.ts'
import {loadTemplates} from '../../src/templates/index.ts'
import {session, templates, usePrintingSession} from './printing-session.ts'

usePrintingSession()

const paragraphs = Array.from({length: 24}, (_, i) => `Paragraph ${i + 1}: the Chair’s “proposal” on survivors’ needs is welcome, and we support it fully in every respect that matters to affected communities.`)
const englishBody = ['Madam President,', '## Universalisation', ...paragraphs.slice(0, 12), '## Victim assistance', ...paragraphs.slice(12)].join('\n\n')

async function render(statements: Parameters<typeof renderReadingCopies>[0], options: Partial<RenderReadingCopiesOptions> = {}) {
  const outDir = await mkdtemp(join(tmpdir(), 'render-'))
  const results = await renderReadingCopies(statements, {outDir, formats: ['pdf', 'html'], paper: 'a4', largePrint: false, templates, session, ...options})
  for (const result of results) expect(result.error).toBeNull()
  return {outDir, results}
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('reading copies', () => {
  it('prints a tagged PDF with every paragraph, header, page numbers, outline and properties', async () => {
    const {results} = await render([statementFixture('victims.md', englishFields, englishBody)])
    const bytes = await readFile(results[0]!.pdf!)
    const pdf = await readPdf(bytes)
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2)
    for (const paragraph of paragraphs) expect(flat(pdf.text)).toContain(paragraph)
    expect(pdf.size).toEqual({width: 595, height: 842})
    pdf.pages.forEach((page, index) => {
      expect(flat(page)).toContain(`Page ${index + 1} of ${pdf.pageCount}`)
      expect(flat(page)).toContain('International Committee of the Red Cross — 22nd Meeting of States Parties — Agenda item 9d')
    })
    expect(flat(pdf.pages[0]!)).toMatch(/check against delivery/i)
    expect(pdf.outline.map(({title, depth}) => [title, depth])).toEqual([
      ['Statement on victim assistance', 0],
      ['Universalisation', 1],
      ['Victim assistance', 1],
    ])
    expect(pdf.outline[2]!.page).toBeGreaterThan(1)
    expect(pdf.info).toMatchObject({
      Title: 'Statement on victim assistance',
      Author: 'International Committee of the Red Cross',
      Subject: '22nd Meeting of States Parties — Agenda item 9d: Victim assistance',
      Language: 'en',
    })
    expect(pdf.info.Keywords).toContain('Anti-Personnel Mine Ban Convention; 22nd Meeting of States Parties')
    expect(await isTagged(bytes)).toBe(true)
    expect(await embeddedFonts(bytes)).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSans-Bold']))
  })

  it('writes a self-contained HTML file with the same content', async () => {
    const {results} = await render([statementFixture('victims.md', englishFields, englishBody)], {formats: ['html']})
    expect(results[0]!.pdf).toBeNull()
    const html = await readFile(results[0]!.html!, 'utf8')
    for (const paragraph of paragraphs) expect(html).toContain(paragraph)
    expect(html).toMatch(/@font-face\{font-family:"Noto Serif";[^}]*src:url\(data:font\/woff;base64,/)
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/|file:)/)
    expect(html).not.toMatch(/url\(["']?(https?:|\/\/|file:)/)
  })

  it('gives the same bytes for the same input, PDF and HTML', async () => {
    const statement = statementFixture('same.md', englishFields, englishBody)
    const first = await render([statement])
    const second = await render([statement])
    expect(Buffer.compare(await readFile(first.results[0]!.pdf!), await readFile(second.results[0]!.pdf!))).toBe(0)
    expect(await readFile(first.results[0]!.html!, 'utf8')).toBe(await readFile(second.results[0]!.html!, 'utf8'))
  })

  it('sets /Lang and dir=rtl for Arabic and draws Arabic and Chinese with the bundled Noto fonts', async () => {
    const arabicText = 'السيدة الرئيسة، إن اللجنة الدولية للصليب الأحمر ترحب بانعقاد هذا الاجتماع.'
    const chineseText = '主席女士，红十字国际委员会欢迎各方在日内瓦举行的会议。'
    const {results} = await render([
      statementFixture('ar.md', {...englishFields, language: 'ar', title: 'بيان اللجنة الدولية'}, arabicText),
      statementFixture('zh.md', {...englishFields, language: 'zh', title: '红十字国际委员会的发言'}, chineseText),
    ])
    const arabicPdf = await readFile(results[0]!.pdf!)
    const arabic = await readPdf(arabicPdf)
    expect(arabic.info.Language).toBe('ar')
    expect(arabic.text).toMatch(/[\u0600-\u06ff]{4,}/)
    expect(await embeddedFonts(arabicPdf)).toContain('NotoSansArabic-Regular')
    expect(await embeddedFonts(arabicPdf)).not.toEqual(expect.arrayContaining([expect.stringMatching(/DejaVu/)]))
    const arabicHtml = await readFile(results[0]!.html!, 'utf8')
    expect(arabicHtml).toContain('<html lang="ar" dir="rtl">')

    const chinesePdf = await readFile(results[1]!.pdf!)
    const chinese = await readPdf(chinesePdf)
    expect(chinese.info.Language).toBe('zh')
    expect(flat(chinese.text).replace(/ /g, '')).toContain(chineseText)
    expect(await embeddedFonts(chinesePdf)).toContain('NotoSansSC-Regular')
    expect((await embeddedFonts(chinesePdf)).join()).not.toMatch(/DejaVu/)
    // Subset to the glyphs used: a Chinese reading copy stays small.
    expect((await readFile(results[1]!.html!)).byteLength).toBeLessThan(250_000)
  })

  it('prints {{…}} in a statement as written', async () => {
    const {results} = await render([statementFixture('braces.md', englishFields, 'We quote {{title}} and {{{bodyHtml}}} and {{> statement}} literally.')])
    expect(flat((await readPdf(await readFile(results[0]!.pdf!))).text)).toContain('We quote {{title}} and {{{bodyHtml}}} and {{> statement}} literally.')
  })

  it('uses a templates folder that overrides a partial and a style by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'))
    await mkdir(join(dir, 'partials'))
    await mkdir(join(dir, 'styles'))
    await writeFile(join(dir, 'partials', 'statement-header.hbs'), '<header><h1>Delegation reading copy: {{title}}</h1></header>')
    await writeFile(join(dir, 'styles', 'large-print.css'), ':root { --size: 30pt; }')
    const custom = await loadTemplates({dir})
    const statement = statementFixture('custom.md', englishFields, englishBody)
    const {results} = await render([statement], {templates: custom, largePrint: true})
    const pdf = await readPdf(await readFile(results[0]!.pdf!))
    expect(flat(pdf.pages[0]!)).toContain('Delegation reading copy: Statement on victim assistance')
    const normal = await readPdf(await readFile((await render([statement])).results[0]!.pdf!))
    expect(pdf.pageCount).toBeGreaterThan(normal.pageCount)
  })

  it('prints US Letter with --paper letter', async () => {
    const {results} = await render([statementFixture('letter.md', englishFields, 'Short.')], {paper: 'letter'})
    expect((await readPdf(await readFile(results[0]!.pdf!))).size).toEqual({width: 612, height: 792})
  })

  it('completes a batch when the browser is killed in the middle, leaving no partial file', async () => {
    const statements = Array.from({length: 8}, (_, i) => statementFixture(`batch-${i}.md`, {...englishFields, title: `Statement ${i}`}, englishBody))
    const relaunchesBefore = session.relaunches
    let killed = false
    const {outDir, results} = await render(statements, {
      formats: ['pdf'],
      onProgress: ({done}) => {
        if (done === 2 && !killed) {
          killed = true
          process.kill(session.pid!, 'SIGKILL')
        }
      },
    })
    expect(killed).toBe(true)
    expect(session.relaunches).toBeGreaterThan(relaunchesBefore)
    expect((await readdir(outDir)).sort()).toEqual(statements.map((_, i) => `batch-${i}.pdf`).sort())
    for (const [i, result] of results.entries()) {
      const pdf = await readPdf(await readFile(result.pdf!))
      expect(pdf.info.Title).toBe(`Statement ${i}`)
    }
  })
})

describe('a hostile source', () => {
  let server: Server
  let requests: string[]
  let connections = 0
  let origin: string

  beforeAll(async () => {
    requests = []
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      response.writeHead(200, {'content-type': request.url?.endsWith('.css') ? 'text/css' : 'text/html'})
      response.end(request.url?.endsWith('.css') ? 'body{color:red}' : '<p>fetched</p>')
    })
    server.on('connection', () => connections++)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const hostile = () => [
    'Madam President, this text must survive.',
    `<img src="${origin}/img.png" onerror="fetch('${origin}/onerror')">`,
    `<iframe src="${origin}/frame.html"></iframe>`,
    `<style>@import url("${origin}/import.css"); body { background: url(${origin}/bg.png) }</style>`,
    `<link rel="stylesheet" href="${origin}/link.css">`,
    `<script>fetch("${origin}/script"); document.title = "ran"</script>`,
    `![remote](${origin}/markdown.png)`,
    `<object data="${origin}/object"></object><video src="${origin}/video.mp4"></video>`,
  ].join('\n\n')

  it('makes zero requests and runs no script, in the PDF and in the HTML opened in a browser', async () => {
    const statement = statementFrom('hostile.md', normalise(hostile(), {path: 'hostile.md'}))
    const {results} = await render([statement])
    expect(flat((await readPdf(await readFile(results[0]!.pdf!))).text)).toContain('Madam President, this text must survive.')

    const browser = await puppeteer.launch({executablePath: requireBrowser().path, args: ['--no-sandbox', '--disable-gpu']})
    try {
      const page = await browser.newPage()
      await page.goto(`file://${results[0]!.html!}`, {waitUntil: 'networkidle0'})
      expect(await page.evaluate(() => document.title)).not.toBe('ran')
    } finally {
      await browser.close()
    }
    expect(requests).toEqual([])
    expect(connections).toBe(0)
  })

  it('blocks requests and scripts in the browser even when HTML was not sanitised', async () => {
    const raw = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/raw-link.css"><style>@import url("${origin}/raw-import.css");</style></head>
      <body><p id="text">raw</p><img src="${origin}/raw.png"><iframe src="${origin}/raw-frame.html"></iframe>
      <script>document.getElementById('text').textContent = 'script ran'; fetch('${origin}/raw-script')</script></body></html>`
    const pdf = await readPdf(await session.pdf(raw, printOptions('a4')))
    expect(pdf.text).toContain('raw')
    expect(pdf.text).not.toContain('script ran')
    expect(requests).toEqual([])
    expect(connections).toBe(0)
  })
})
