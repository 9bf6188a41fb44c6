// The bounds a flag and the config file share, apart from the config's schema so that the CLI
// checks flags without loading zod and YAML.

/** Pages printing at once, at most: each is a Chromium tab with its own memory. */
export const maxConcurrency = 64

/** The longest `timeout`, in seconds (a day): Node's timers cannot wait longer than about 24 days. */
export const maxTimeoutSeconds = 86_400
