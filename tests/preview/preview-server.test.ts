import {request} from 'node:http'
import {networkInterfaces} from 'node:os'
import {mkdir, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {previewProject, startPreview, testStatement, type RunningPreview} from './preview-project.ts'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A GET as written, path and Host untouched (fetch would normalise `..` and refuses to set Host). */
function get(port: number, path: string, host = `127.0.0.1:${port}`, address = '127.0.0.1'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const sent = request({host: address, port, path, headers: {host}}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}))
    })
    sent.on('error', reject)
    sent.end()
  })
}

describe('preview server', () => {
  let root: string
  let server: RunningPreview

  beforeAll(async () => {
    root = await previewProject({
      'testland.txt': testStatement('Testland', 'Testland welcomes the progress made on stockpile destruction since the last meeting.'),
      'empty.txt': '',
      'untitled.md': '---\nagendaItem: 7\n---\n\nMr. President,\n\nThe delegation of Testland thanks the Committee for its report on universalisation.\n',
    })
    // The output folder, as a build left it, with a file and a link that leads out of the project.
    await mkdir(join(root, 'output'))
    await writeFile(join(root, 'output', 'note.txt'), 'built\n')
    await writeFile(join(root, 'secret.txt'), 'not for the preview\n')
    await symlink(join(root, 'secret.txt'), join(root, 'output', 'leak.txt'))
    server = await startPreview(root)
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('listens on 127.0.0.1 only, at the address it announces', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
    await expect(get(server.port, '/', `127.0.0.1:${server.port}`, '::1')).rejects.toThrow(/ECONNREFUSED/)
    for (const address of others) await expect(get(server.port, '/', `127.0.0.1:${server.port}`, address!.address)).rejects.toThrow(/ECONNREFUSED/)
  })

  it('links every reading copy, the packs and the archive from the index', async () => {
    const index = await get(server.port, '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain('href="/reading-copies/testland.html"')
    expect(index.body).toMatch(/href="\/packs\/[^"]+\.html"/)
    expect(index.body).toContain('href="/archive/"')
  })

  it('lists an untitled statement under the title its page shows', async () => {
    const index = await get(server.port, '/')
    expect(index.body).toContain('<a href="/reading-copies/untitled.html">Agenda item 7</a>')
    const page = await get(server.port, '/reading-copies/untitled.html')
    expect(page.body).toMatch(/<h1 class="statement-title"[^>]*>Agenda item 7<\/h1>/)
  })

  it('renders a reading copy from the templates, with paged.js and the reload script allowed by one nonce', async () => {
    const page = await get(server.port, '/reading-copies/testland.html')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Testland welcomes the progress made on stockpile destruction')
    const nonce = /script-src 'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1]
    expect(nonce).toBeTruthy()
    const scripts = [...page.body.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!)
    expect(scripts).toHaveLength(2)
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`)
    // The page's own policy keeps everything else as strict as the printed one.
    expect(page.body).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src 'nonce-${nonce}'; connect-src 'self'"`)
    const again = await get(server.port, '/reading-copies/testland.html')
    expect(again.headers['content-security-policy']).not.toContain(nonce)
  })

  it('shows the diagnostics of a source that cannot be read, in the page', async () => {
    const page = await get(server.port, '/reading-copies/empty.html')
    expect(page.body).toMatch(/sources\/empty\.txt:1:1 +error +.*empty/i)
  })

  it('serves a pack and the archive', async () => {
    const index = await get(server.port, '/')
    const pack = /href="(\/packs\/[^"]+\.html)"/.exec(index.body)![1]!
    const packPage = await get(server.port, pack)
    expect(packPage.status).toBe(200)
    expect(packPage.body).toContain('Testland welcomes the progress')
    const archive = await get(server.port, '/archive/')
    expect(archive.status).toBe(200)
    expect(archive.body).toContain('Meeting')
    expect(archive.body).toContain(`nonce=`)
  })

  it('refuses paths that climb out of the project: .., encoded .., absolute, a link out', async () => {
    for (const path of ['/archive/../../etc/passwd', '/output/%2e%2e/secret.txt', '/output/%2E%2E%2Fsecret.txt', '/output//etc/passwd', '/output/%2fetc%2fpasswd', '/output/..%5csecret.txt', '/output/C:/Windows/win.ini', '/../secret.txt']) {
      const reply = await get(server.port, path)
      expect([403, 404], path).toContain(reply.status)
      expect(reply.body, path).not.toContain('not for the preview')
    }
    const link = await get(server.port, '/output/leak.txt')
    expect(link.status).toBe(403)
    expect(link.body).not.toContain('not for the preview')
    const built = await get(server.port, '/output/note.txt')
    expect(built.body).toBe('built\n')
    // A page of the output folder runs no script and reaches nothing of the preview's.
    expect(built.headers['content-security-policy']).toBe('sandbox')
  })

  it('refuses a Host header other than its own address (DNS rebinding)', async () => {
    expect((await get(server.port, '/', 'attacker.example')).status).toBe(403)
    expect((await get(server.port, '/', `attacker.example:${server.port}`)).status).toBe(403)
    expect((await get(server.port, '/', `localhost:${server.port}`)).status).toBe(200)
  })
})
