import {Worker} from 'node:worker_threads'
import pLimit, {type LimitFunction} from 'p-limit'

// The one place the tool bounds its work: an async limiter for work that waits (pages printing,
// files being written, documents handed to threads) and a pool of threads for work that computes.

/** Runs the functions it is given, at most `concurrency` at a time, in the order given. */
export type Limiter = LimitFunction

export function createLimiter(concurrency: number): Limiter {
  return pLimit(concurrency)
}

/** The reply for a job whose thread did not answer: it ran past its time, or it threw. */
export interface StandInReplies<Reply> {
  timedOut(timeoutMs: number): Reply
  crashed(error: Error): Reply
}

/**
 * Threads running `script`, started on demand (at most `size`) and kept for the next job. Each
 * job is one message to a thread and one reply; a thread that runs past the job's time is
 * terminated, and one that throws is replaced, each job answered by its stand-in reply. Idle
 * threads are unreferenced, so a process that has nothing left to do exits without closing the pool.
 */
export class ThreadPool<Message, Reply> {
  private readonly idle: Worker[] = []
  private readonly limit: Limiter

  constructor(
    private readonly script: URL,
    size: number,
    private readonly standIn: StandInReplies<Reply>,
  ) {
    this.limit = createLimiter(size)
  }

  /** Start a thread now, idle until the first job, so that it loads its modules while this thread goes on. */
  warm(): void {
    if (this.idle.length > 0 || this.limit.activeCount > 0) return
    this.idle.push(this.startThread())
  }

  /** The thread's reply to `message`, or the stand-in reply when it did not answer within `timeoutMs`. */
  run(message: Message, timeoutMs: number): Promise<Reply> {
    return this.limit(() => this.runOn(this.idle.pop() ?? this.startThread(), message, timeoutMs))
  }

  /** End the idle threads now, freeing their memory; a later job starts new ones. */
  async stopIdle(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()))
  }

  private startThread(): Worker {
    const worker = new Worker(this.script)
    worker.unref()
    return worker
  }

  private runOn(worker: Worker, message: Message, timeoutMs: number): Promise<Reply> {
    return new Promise((resolve) => {
      worker.ref()
      const settle = (keep: boolean) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        if (keep) {
          worker.unref()
          this.idle.push(worker)
        } else {
          void worker.terminate()
        }
      }
      const onMessage = (reply: Reply) => {
        settle(true)
        resolve(reply)
      }
      const onError = (error: Error) => {
        settle(false)
        resolve(this.standIn.crashed(error))
      }
      const timer = setTimeout(() => {
        settle(false)
        resolve(this.standIn.timedOut(timeoutMs))
      }, timeoutMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.postMessage(message)
    })
  }
}
