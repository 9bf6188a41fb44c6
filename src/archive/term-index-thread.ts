import {Worker} from 'node:worker_threads'
import type {SearchDocument, SerialisedTermIndex} from './term-index.ts'

export interface TermIndexThread {
  add(document: SearchDocument): void
  /** Everything added so far, indexed and cut into shards. */
  finish(): Promise<SerialisedTermIndex>
  /** Stop the thread (after `finish`, or to abandon the index). */
  stop(): Promise<void>
}

const batchSize = 64

/** A `TermIndex` running on a worker thread: `add` only queues the document. */
export function startTermIndexThread(): TermIndexThread {
  const worker = new Worker(new URL('./term-index-worker.js', import.meta.url))
  let batch: SearchDocument[] = []
  let failure: Error | null = null
  const failed = new Promise<never>((_, reject) => {
    worker.on('error', (error) => reject((failure = error)))
    worker.on('exit', (code) => reject((failure ??= new Error(`The search index thread stopped (exit code ${code})`))))
  })
  failed.catch(() => undefined)
  const send = () => {
    if (batch.length === 0) return
    worker.postMessage({type: 'add', documents: batch})
    batch = []
  }
  return {
    add(document) {
      if (failure) throw failure
      batch.push(document)
      if (batch.length >= batchSize) send()
    },
    finish() {
      send()
      const done = new Promise<SerialisedTermIndex>((resolve, reject) => {
        worker.on('message', (message: {type: 'done'; index: SerialisedTermIndex} | {type: 'error'; message: string}) => {
          if (message.type === 'done') resolve(message.index)
          else reject(new Error(`The search index failed: ${message.message}`))
        })
      })
      worker.postMessage({type: 'finish'})
      return Promise.race([done, failed])
    },
    async stop() {
      await worker.terminate()
    },
  }
}
