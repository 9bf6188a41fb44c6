// The reading thread when running from the TypeScript sources (vitest, tsx): tsx compiles the
// worker on the fly. The package runs the compiled dist/load-statement-worker.js instead.
import {register} from 'tsx/esm/api'

register()
await import('./load-statement-worker.ts')
