/**
 * Inline control in Markdown and HTML, ESLint style:
 * `<!-- newslint-disable RULE… -->`, `<!-- newslint-enable RULE… -->` and
 * `<!-- newslint-ignore RULE… -->` (the next block). With no rule named, all
 * newslint messages. unified-message-control does the work; this file only
 * reads our comment syntax from the Markdown or HTML tree the prose came from.
 */
import type {Root} from 'nlcst'
import type {Node, Parent} from 'unist'
import {messageControl} from 'unified-message-control'
import {VFile} from 'vfile'
import {ruleIds} from './rules/index.js'

const directive = /^\s*(?:<!--)?\s*newslint-(disable|enable|ignore)\b([\s\S]*?)\s*(?:-->)?\s*$/

function commentText(node: Node): string | undefined {
  if (node.type === 'comment' || node.type === 'html') return (node as Node & {value: string}).value
  return undefined
}

function marker(node: Node) {
  const text = commentText(node)
  const match = text === undefined ? null : directive.exec(text)
  if (!match) return undefined
  const rules = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {name: 'newslint', attributes: [match[1], ...rules].join(' '), parameters: {}, node}
}

/**
 * What unified-message-control should read of an HTML tree (a Markdown
 * tree it reads as it is). The HTML parser implies elements around a
 * fragment (html, head, body), which hast-util-from-html leaves without
 * positions, and the control takes a node without one for generated
 * content: text from the very start of a fragment was a "gap" and its
 * messages were dropped. And `ignore` applies to the comment's next
 * sibling, which in HTML is usually the line break after it. So implied
 * elements give way to their content, and text that is only white space is
 * left out: the next sibling is the next block.
 */
function controlledNodes(node: Node): Node[] {
  if (node.type === 'text' && !/\S/.test((node as Node & {value: string}).value)) return []
  if (!('children' in node)) return [node]
  const children = (node as Parent).children.flatMap(controlledNodes)
  return node.position ? [{...node, children} as Node] : children
}

export function newslintMessageControl() {
  return (_tree: Root, file: VFile) => {
    const sourceTree = file.data.sourceTree
    if (!sourceTree) return
    // The tree's offsets are into the text as parsed (no BOM); let the control compute them there too.
    const parsed = new VFile({value: file.data.sourceText, path: file.path})
    parsed.messages = file.messages
    const [controlled] = file.data.format === 'html' ? controlledNodes(sourceTree) : [sourceTree]
    if (!controlled) return
    messageControl(controlled as Parameters<typeof messageControl>[0], {
      file: parsed,
      name: 'newslint',
      marker: marker as Parameters<typeof messageControl>[1]['marker'],
      test: ['html', 'comment'],
      known: [...ruleIds],
      source: 'newslint'
    })
    file.messages = parsed.messages
  }
}
