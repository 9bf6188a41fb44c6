import {spawn} from 'node:child_process'
import {chmod, readFile, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin} from '../cli/cli-helpers.ts'
import {previewProject, testStatement} from './preview-project.ts'

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as {port: number}
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('statement-packs preview', () => {
  it('prints its address as the first line, serves there, and stops on SIGINT with exit 0', async () => {
    const root = await previewProject({'testland.txt': testStatement('Testland', 'Testland speaks to the meeting.')})
    const port = await freePort()
    const child = spawn(process.execPath, [bin, 'preview', '--port', String(port)], {cwd: root, env: {...process.env, CI: 'true'}})
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const firstLine = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!)
      })
      child.on('close', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)))
    })
    expect(firstLine).toBe(`Preview: http://127.0.0.1:${port}/`)
    const index = await fetch(`http://127.0.0.1:${port}/`)
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('/reading-copies/testland.html')

    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    child.kill('SIGINT')
    expect(await closed, stderr).toBe(0)
    expect(stderr).toContain('Stopping the preview')
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  }, 60_000)

  // xdg-open (bundled with the `open` package) hands the address to $BROWSER on a desktop-less Linux.
  it.runIf(process.platform === 'linux')('opens the address in the system\'s browser with --open', async () => {
    const root = await previewProject({'testland.txt': testStatement('Testland', 'Testland speaks to the meeting.')})
    const browser = join(root, 'browser.sh')
    await writeFile(browser, `#!/bin/sh\necho "$1" > "${join(root, 'opened.txt')}"\n`)
    await chmod(browser, 0o755)
    const child = spawn(process.execPath, [bin, 'preview', '--open'], {cwd: root, env: {...process.env, BROWSER: browser, XDG_CURRENT_DESKTOP: '', DISPLAY: ''}})
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    let opened = ''
    for (let tries = 0; tries < 300 && !opened; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      opened = await readFile(join(root, 'opened.txt'), 'utf8').catch(() => '')
    }
    child.kill('SIGINT')
    expect(await closed).toBe(0)
    expect(opened.trim()).toBe(stdout.split('\n')[0]!.replace('Preview: ', ''))
    expect(opened).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/m)
  }, 60_000)

  it('refuses a port that is not a port, as a usage error (exit 2)', async () => {
    const root = await previewProject({})
    const child = spawn(process.execPath, [bin, 'preview', '--port', '70000'], {cwd: root})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(2)
    expect(stderr).toContain('expected a port number from 1 to 65535')
  })
})
