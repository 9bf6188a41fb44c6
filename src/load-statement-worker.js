// Reads and normalises one document at a time for `loadStatement`, which terminates it when a document runs past its time.
import {parentPort} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
const {readStatement} = await import('./read-statement.ts')

parentPort.on('message', async ({path, options}) => parentPort.postMessage(await readStatement(path, options)))
