// The archive's full-text index on its own thread, so that indexing overlaps with laying out pages.
import {parentPort} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
const {TermIndex} = await import('./term-index.ts')
const index = new TermIndex()

parentPort.on('message', (message) => {
  try {
    if (message.type === 'add') for (const document of message.documents) index.add(document)
    else if (message.type === 'finish') parentPort.postMessage({type: 'done', index: index.serialise()})
  } catch (error) {
    parentPort.postMessage({type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error)})
  }
})
