// Reads and normalises one document at a time for `loadStatement`, which terminates it when a document runs past its time.
import {parentPort} from 'node:worker_threads'
import {readStatement} from './read-statement.ts'
import type {ReadSourceOptions} from './ingest/read-source.ts'

parentPort!.on('message', async ({path, options}: {path: string; options: ReadSourceOptions}) => parentPort!.postMessage(await readStatement(path, options)))
