import {describe, expect, it} from 'vitest'
import {admitPreviewScripts, previewPage} from '../../src/preview/preview-page.ts'
import {parseRequestPath} from '../../src/preview/request-path.ts'

describe('admitPreviewScripts', () => {
  it('admits the nonce and the event stream, and keeps every other directive as the page set it', () => {
    expect(admitPreviewScripts("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:", 'N')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src 'nonce-N'; connect-src 'self'",
    )
  })

  it("replaces a 'none' script source and keeps the others (the archive's search scripts)", () => {
    expect(admitPreviewScripts("default-src 'none'; script-src 'none'; base-uri 'none'", 'N')).toBe("default-src 'none'; script-src 'nonce-N'; base-uri 'none'; connect-src 'self'")
    expect(admitPreviewScripts("script-src 'self' file:; connect-src 'none'", 'N')).toBe("script-src 'self' file: 'nonce-N'; connect-src 'self'")
  })
})

describe('previewPage', () => {
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>T</title></head><body><p>Text &amp; more</p></body></html>`

  it('adds the reload script, and paged.js for a printed document, each with the nonce', () => {
    const html = previewPage(page, {nonce: 'N', paged: true, version: 3})
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/_preview/paged.polyfill.js" nonce="N">', '<script nonce="N">'])
    expect(html).toContain(`content="default-src 'none'; script-src 'nonce-N'; connect-src 'self'"`)
    expect(html).toContain("event.data !== '3'")
    expect(html).toContain('<p>Text &amp; more</p>')
  })

  it('adds only the reload script to a page of the archive', () => {
    expect(previewPage(page, {nonce: 'N', paged: false, version: 0}).match(/<script[^>]*>/g)).toEqual(['<script nonce="N">'])
  })
})

describe('parseRequestPath', () => {
  it('decodes the segments of a path inside the project', () => {
    expect(parseRequestPath('/archive/apmbc-22msp/')).toEqual({segments: ['archive', 'apmbc-22msp', '']})
    expect(parseRequestPath('/reading-copies/d%C3%A9claration.html?x=1')).toEqual({segments: ['reading-copies', 'déclaration.html']})
  })

  it('refuses paths that climb out, plain or encoded, absolute paths and drive names', () => {
    for (const path of ['/../etc/passwd', '/archive/%2e%2e/x', '/archive/%2E%2e%2Fx', '/archive/..%5cx', '//etc/passwd', '/archive//x', '/archive/C:/x', '/archive/%00', '/archive/./x']) {
      expect(parseRequestPath(path), path).toEqual({status: 403})
    }
    expect(parseRequestPath('http://example.org/')).toEqual({status: 400})
    expect(parseRequestPath('/%E0%A4%A')).toEqual({status: 400})
  })
})
