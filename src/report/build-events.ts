import type {Diagnostic} from './diagnostics.ts'

/** What a build tells its caller while it runs (progress, diagnostics). */
export interface BuildEvents {
  phase?(name: string, total: number): void
  started?(item: string): void
  finished?(item: string, status: 'built' | 'up-to-date' | 'duplicate' | 'failed'): void
  diagnostic?(source: string, diagnostic: Diagnostic): void
  /** A pack or the archive failed. */
  error?(item: string, message: string): void
}
