/**
 * Output names that cannot overwrite each other: a name already taken, also in another
 * case (file systems that ignore case), gets `-2`, `-3`… Same input, same names.
 */
export function uniqueNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>()
  return wanted.map((name) => {
    let candidate = name
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
