import {createRequire} from 'node:module'

/** The package version: part of every cache key, so an upgrade rebuilds everything. */
export const toolVersion: string = (createRequire(import.meta.url)('../../package.json') as {version: string}).version
