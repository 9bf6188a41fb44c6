// Reads and normalises sources on its own thread for `loadStatements`.
import {parentPort} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
const {loadStatement} = await import('../load-statement.ts')
const {toDiagnostic} = await import('../report/diagnostics.ts')
const {InputError} = await import('../errors.ts')

parentPort.on('message', async ({index, path, options}) => {
  try {
    const {meta, tree, markdown, messages} = await loadStatement(path, options)
    parentPort.postMessage({index, statement: {meta, tree, markdown}, diagnostics: messages.map(toDiagnostic)})
  } catch (error) {
    if (error instanceof InputError) {
      parentPort.postMessage({index, inputError: {ruleId: error.ruleId, reason: error.reason, line: error.line, column: error.column}})
    } else {
      parentPort.postMessage({index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error)})
    }
  }
})
