// `npm run build`: src/ → dist/ (JavaScript, declarations and source maps, compiled by tsc), with
// the archive's browser scripts copied as they are. Incremental: only what changed is compiled again.
import {execFileSync} from 'node:child_process'
import {cpSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
cpSync(new URL('../src/archive/client/', import.meta.url), new URL('../dist/archive/client/', import.meta.url), {recursive: true})
