import type {BuildSettings} from './build-settings.ts'
import type {StageSession} from './stages.ts'

/** Opens the rendering stages on first use only, and closes them once. */
export class LazySession {
  #session: Promise<StageSession> | null = null
  constructor(private readonly settings: BuildSettings) {}

  /** True once the stages opened (a browser was found). */
  opened = false

  get(): Promise<StageSession> {
    this.#session ??= this.settings.stages
      .open({
        templatesDir: this.settings.templatesDir,
        concurrency: this.settings.concurrency,
        paper: this.settings.paper,
        largePrint: this.settings.largePrint,
        timeoutMs: this.settings.read.timeoutMs,
      })
      .then((session) => {
        this.opened = true
        return session
      })
    return this.#session
  }

  async close(): Promise<void> {
    const session = await this.#session?.catch(() => null)
    await session?.close()
  }
}
