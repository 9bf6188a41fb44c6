import type {Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'

/** One normalise plugin alone on Markdown: the Markdown it leaves, and what it reported (rule, place, text). */
export function runPlugin(plugin: Plugin<[], Root>, markdown: string): {markdown: string; reported: Array<{ruleId: string | undefined; line: number | undefined; column: number | undefined; actual: string | undefined}>} {
  const file = new VFile(markdown)
  const processor = unified().use(remarkParse).use(plugin)
  const tree = processor.runSync(processor.parse(file), file) as Root
  return {
    markdown: toMarkdown(tree).trim(),
    reported: file.messages.map(({ruleId, line, column, actual}) => ({ruleId, line, column, actual})),
  }
}
