import {copyFile, mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, posix} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Catalogue} from '../../src/archive/index.ts'
import {archive} from '../../src/commands/archive.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'archive-original-'))
  for (const name of ['en-two-page-statement.docx', 'en-two-page-statement.pdf', 'en-two-page-statement.txt', 'email-with-docx.eml', 'email-html-body.eml']) {
    await copyFile(join(documents, name), join(work, name))
  }
})
afterAll(() => rm(work, {recursive: true, force: true}))

/** Archive one source into its own site; the statement page's download links (relative to the page) and the files beside it. */
async function archiveOf(source: string) {
  const site = join(work, `site-${source}`)
  const result = await archive([source], {output: site}, work)
  expect(result.sources.map((entry) => entry.failed)).toEqual([false])
  const catalogue = JSON.parse(await readFile(join(site, 'catalogue.json'), 'utf8')) as Catalogue
  const page = catalogue.statements[0]!.paths.page
  const folder = join(site, page.replace(/\/index\.html$/, ''))
  const tree = fromHtml(await readFile(join(site, page), 'utf8'))
  const links: Array<{href: string; type: unknown; text: string}> = []
  visit(tree, 'element', (element) => {
    if (element.tagName === 'a' && element.properties.download !== undefined) links.push({href: posix.relative(posix.dirname(page), posix.join(posix.dirname(page), String(element.properties.href))), type: element.properties.type, text: element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')})
  })
  return {site, folder, links, files: (await readdir(folder)).sort()}
}

describe('the original for download', () => {
  it('copies a Word original beside its statement page, byte for byte, and links it', async () => {
    const {folder, links, files} = await archiveOf('en-two-page-statement.docx')
    expect(files).toContain('original.docx')
    expect((await readFile(join(folder, 'original.docx'))).equals(await readFile(join(work, 'en-two-page-statement.docx')))).toBe(true)
    expect(links).toContainEqual({href: 'original.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', text: 'Original (Word)'})
  })

  it('copies a PDF original as original.pdf', async () => {
    const {folder, links} = await archiveOf('en-two-page-statement.pdf')
    expect((await readFile(join(folder, 'original.pdf'))).equals(await readFile(join(work, 'en-two-page-statement.pdf')))).toBe(true)
    expect(links).toContainEqual({href: 'original.pdf', type: 'application/pdf', text: 'Original (PDF)'})
  })

  it('offers the attachment of an e-mail, never the message with its addresses', async () => {
    const {site, folder, links} = await archiveOf('email-with-docx.eml')
    expect((await readFile(join(folder, 'original.docx'))).equals(await readFile(join(work, 'en-two-page-statement.docx')))).toBe(true)
    expect(links.map((link) => link.text)).toContain('Original (Word)')
    const everything = await readdir(site, {recursive: true})
    expect(everything.filter((file) => file.endsWith('.eml'))).toEqual([])
    for (const file of everything.filter((name) => /\.(html|md|json|js|xml)$/.test(name))) {
      expect(await readFile(join(site, file), 'utf8')).not.toContain('mission-norland.example')
    }
  })

  it('copies no web page, e-mail body or text file', async () => {
    for (const source of ['email-html-body.eml', 'en-two-page-statement.txt']) {
      const {files, links} = await archiveOf(source)
      expect(files.filter((file) => file.startsWith('original'))).toEqual([])
      expect(links.map((link) => link.text)).not.toContainEqual(expect.stringMatching(/^Original/))
    }
  })
})
