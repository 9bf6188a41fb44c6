import type {ServerResponse} from 'node:http'

/**
 * The open pages, each listening on a server-sent event stream for the project's version: a number
 * that goes up with each change. A page reloads when the version differs from the one it shows.
 */
export class ReloadEvents {
  readonly #clients = new Set<ServerResponse>()
  #version = 0

  get version(): number {
    return this.#version
  }

  /** Keep `response` open as an event stream until the page goes away. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive'})
    response.write(`event: reload\ndata: ${this.#version}\n\n`)
    this.#clients.add(response)
    response.on('close', () => this.#clients.delete(response))
  }

  /** A change: tell every open page to reload. */
  reload(): void {
    this.#version++
    for (const client of this.#clients) client.write(`event: reload\ndata: ${this.#version}\n\n`)
  }

  /** End every stream (the server is stopping). */
  close(): void {
    for (const client of this.#clients) client.end()
    this.#clients.clear()
  }
}
