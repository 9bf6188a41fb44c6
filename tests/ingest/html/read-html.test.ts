import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {readSource} from '../../../src/ingest/read-source.ts'
import {normalise, type NormaliseResult} from '../../../src/normalise/index.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))
const body = (result: NormaliseResult) => result.markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')

describe('a saved web page with full site chrome', () => {
  let page: NormaliseResult
  const fetchSpy = vi.spyOn(globalThis, 'fetch')
  beforeAll(async () => {
    page = normalise(await readSource(`${documents}en-web-page-statement.html`))
  })

  it('gives exactly the statement’s paragraphs, list and emphasis as its body', () => {
    expect(page.format).toBe('html')
    expect(body(page).split('\n\n')).toEqual([
      'Mr. President,',
      expect.stringMatching(/^Tonga joins others in thanking you .* behind each of its figures\.$/),
      expect.stringMatching(/^Our delegation comes from a country that has never known a minefield\. .* made this possible\.$/),
      'We wish to underline three points that matter to small delegations like ours:',
      [
        '- deadlines under Article 5 should be met or extended with a plan that can be checked;',
        '- land release by survey is as valuable as clearance, and should be reported with the **same care**;',
        '- women and men from affected communities should take part in deciding which land is cleared first.',
      ].join('\n'),
      'Tonga will keep supporting the universalisation of the Convention in our region, and we hope to welcome more Pacific neighbours among its States Parties before the next Review Conference.',
      'I thank you, Mr. President.\n',
    ])
  })

  it('reads the metadata from the page’s heading and the statement’s header lines', () => {
    expect(page.meta).toMatchObject({
      title: 'Statement by the Kingdom of Tonga',
      organisations: ['Tonga'],
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      // The statement's dateline, not the page's publication <time>.
      dates: {start: '2025-11-25', end: '2025-11-25'},
      agendaItem: {number: '10 (c)', key: '10c', title: 'Clearing mined areas'},
      language: 'en',
    })
  })

  it('leaves the navigation, cookie banner, share bar, breadcrumbs, related links, photo and footer out, and reports them', () => {
    for (const chrome of ['cookies', 'Share', 'Breadcrumb', 'Home', 'Related statements', 'Fiji', 'Privacy', '©', 'Follow us', 'Photo', 'Published', 'Contact us']) {
      expect(page.markdown).not.toContain(chrome)
    }
    const reported = page.messages.filter((message) => message.ruleId === 'drop-site-chrome').map((message) => message.reason)
    for (const chrome of ['Accept all cookies', 'Contact us', 'Share on X', 'Statement by Fiji on universalisation', '© 2025 Implementation Support Unit. All rights reserved.', 'Photo: the plenary hall during the meeting.']) {
      expect(reported).toContainEqual(expect.stringContaining(`\`${chrome}\``))
    }
  })

  it('runs no script, fetches nothing and lets no remote resource or markup through', () => {
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(page.meta.title).not.toContain('Changed by a script')
    expect(page.markdown).not.toMatch(/Replaced by a script|<script|<img|https?:|javascript:|!\[/)
  })
})

describe('header clues of a web page', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sp-html-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })
  const read = async (name: string, html: string) => {
    await writeFile(join(folder, name), html)
    return normalise(await readSource(join(folder, name)))
  }

  it('fill what the text does not say: the title from <h1>, the date from <time>, the language from lang when the body is too short to tell', async () => {
    const page = await read(
      'short.html',
      '<!doctype html><html lang="es-ES"><head><title>Noticias | Sitio</title></head><body><main><h1>Declaración de Chile</h1><p>Publicado <time datetime="2025-06-02">2 de junio</time></p><p>Gracias, Señor Presidente.</p></main></body></html>',
    )
    expect(page.meta).toMatchObject({title: 'Declaración de Chile', language: 'es', dates: {start: '2025-06-02', end: '2025-06-02'}})
  })

  it('never let the site’s lang override the language of the body', async () => {
    const french = 'Monsieur le Président, la France remercie la présidence pour la préparation de cette réunion et pour les consultations ouvertes qu’elle a menées avec toutes les délégations au cours de l’année. Nous saluons le travail de l’Unité d’appui.'
    const page = await read('lang.html', `<!doctype html><html lang="en"><body><article><h1>Déclaration de la France</h1><p>${french}</p><p>${french}</p></article></body></html>`)
    expect(page.meta.language).toBe('fr')
  })
})
