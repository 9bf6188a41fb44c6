import {createHash} from 'node:crypto'
import {UsageError} from '../errors.ts'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** `"2/4"` → `{index: 2, count: 4}`; anything else is a usage error. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`Invalid --shard ${value}: expected i/n with 1 ≤ i ≤ n, e.g. 1/4`)
  }
  return {index, count}
}

/** The shard (1-based) a source belongs to: a stable hash of its path, the same on every machine. */
export function shardOf(source: string, count: number): number {
  const digest = createHash('sha256').update(source).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

export function inShard(source: string, shard: Shard | null): boolean {
  return shard === null || shardOf(source, shard.count) === shard.index
}
