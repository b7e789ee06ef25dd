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
 * The HTML parser implies elements around a fragment (html, head, body),
 * which hast-util-from-html leaves without positions, and
 * unified-message-control takes a node without one for generated content:
 * text from the very start of a fragment was then a "gap", and its messages
 * were dropped. The control reads a copy in which such an element spans its
 * content, and one with no placed content is left out.
 */
function withImpliedElementsPlaced(node: Node): Node | undefined {
  if (!('children' in node)) return node
  const children = (node as Parent).children.flatMap((child) => withImpliedElementsPlaced(child) ?? [])
  if (node.position) return {...node, children} as Node
  const first = children.find((child) => child.position)
  const last = children.findLast((child) => child.position)
  if (!first || !last) return undefined
  return {...node, children, position: {start: first.position!.start, end: last.position!.end}} as Node
}

export function newslintMessageControl() {
  return (_tree: Root, file: VFile) => {
    const sourceTree = file.data.sourceTree
    if (!sourceTree) return
    // The tree's offsets are into the text as parsed (no BOM); let the control compute them there too.
    const parsed = new VFile({value: file.data.sourceText, path: file.path})
    parsed.messages = file.messages
    const controlled = withImpliedElementsPlaced(sourceTree)
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
