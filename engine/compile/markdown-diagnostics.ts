/**
 * Points a Markdown problem at its `file:line:column` inside the YAML file: descriptions
 * are mostly block scalars (`description: |`), whose lines are the file's lines shifted by
 * the block's first line and indentation.
 * @module
 */

import { isScalar } from 'yaml'
import type { Diagnostic } from '../diagnostics.ts'
import type { YamlPath, YamlSource } from '../load/yaml-source.ts'
import type { MarkdownProblem } from '../text/markdown.ts'

export function markdownDiagnostic(source: YamlSource, path: YamlPath, markdown: string, problem: MarkdownProblem): Diagnostic {
  const diagnostic = source.diagnostic(path, 'markdown', problem.message, { offset: problem.offset })
  const node = source.nodeAt(path)
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
  const before = markdown.slice(0, problem.offset)
  const line = before.split('\n').length - 1
  if (!block && line === 0) return diagnostic
  // Block scalar: the problem's line within the value, from the first content line, at the block's indentation.
  const first = source.locateInString(path, 0)
  const column = problem.offset - (before.lastIndexOf('\n') + 1)
  return { ...diagnostic, line: first.line + line, column: first.column + column }
}
