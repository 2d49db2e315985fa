/**
 * A YAML file kept with its positions, so any later check can point at the exact
 * `line:column` of a value or a key.
 * @module
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics.ts'
import { diagnoseYamlTrap, firstNonUtf8, NOT_UTF8_MESSAGE } from './yaml-traps.ts'

export type YamlPath = ReadonlyArray<string | number>

export interface Position {
  line: number
  column: number
}

export class YamlSource {
  readonly file: string
  readonly text: string
  readonly document: Document.Parsed
  readonly data: unknown
  readonly syntaxDiagnostics: Diagnostic[]
  private readonly lines: LineCounter

  constructor(file: string, text: string) {
    this.file = file
    this.text = text
    this.lines = new LineCounter()
    // YAML 1.2 core schema: `2026-03-12` stays a string, as our schema expects.
    this.document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true })
    this.syntaxDiagnostics = this.syntaxProblems()
    this.data = this.syntaxDiagnostics.length ? undefined : this.toData()
  }

  /**
   * One cause, one message: a file that is not UTF-8, else the parser's first error only
   * (the ones after it are nearly always its echoes), worded as the editor's mistake
   * when it is a known trap.
   */
  private syntaxProblems(): Diagnostic[] {
    const at = (position: Position, message: string): Diagnostic => ({ file: this.file, ...position, severity: 'error', code: 'yaml-syntax', message })
    const encoding = firstNonUtf8(this.text)
    if (encoding) return [at(encoding, NOT_UTF8_MESSAGE)]
    const [first] = [...this.document.errors].sort((a, b) => a.pos[0] - b.pos[0])
    if (!first) return this.document.warnings.map((w) => at(this.positionAt(w.pos[0]), translateYamlError(w.code, w.message)))
    const position = this.positionAt(first.pos[0])
    const trap = first.code === 'DUPLICATE_KEY' ? undefined : diagnoseYamlTrap(this.text, position.line)
    return [trap ? at(trap, trap.message) : at(position, translateYamlError(first.code, first.message))]
  }

  /** Some problems (an alias to an unknown anchor, alias bombs) only surface when converting. */
  private toData(): unknown {
    try {
      return this.document.toJS({ maxAliasCount: 100 })
    } catch (error) {
      this.syntaxDiagnostics.push({
        file: this.file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'yaml-syntax',
        message: `Syntaxe YAML : ${(error as Error).message.split('\n')[0]}`,
      })
      return undefined
    }
  }

  positionAt(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)))
    return { line, column: col }
  }

  /** The YAML node at `path`, or the deepest existing ancestor (so a missing key points at its parent). */
  nodeAt(path: YamlPath): Node | undefined {
    let node: unknown = this.document.contents
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair) break
        node = pair.value ?? pair.key
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment]
        if (item === undefined) break
        node = item
      } else break
    }
    return node as Node | undefined
  }

  /** Position of the value at `path` (or of its key when `key` is set). */
  locate(path: YamlPath, options: { key?: boolean } = {}): Position {
    if (options.key && path.length) {
      const parent = this.nodeAt(path.slice(0, -1))
      const last = path[path.length - 1]
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last))
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined
        if (range) return this.positionAt(range[0])
      }
    }
    const range = this.nodeAt(path)?.range
    return range ? this.positionAt(range[0]) : { line: 1, column: 1 }
  }

  /**
   * Position of a character inside a string value (an expression), accounting for quotes.
   * Block scalars point at their first content line.
   */
  locateInString(path: YamlPath, offset: number): Position {
    const node = this.nodeAt(path)
    if (!isScalar(node) || !node.range) return this.locate(path)
    const start = node.range[0]
    switch (node.type) {
      case 'PLAIN':
        return this.positionAt(start + offset)
      case 'QUOTE_DOUBLE':
      case 'QUOTE_SINGLE':
        return this.positionAt(start + 1 + offset)
      default: {
        const firstLine = this.text.indexOf('\n', start)
        if (firstLine < 0) return this.positionAt(start)
        const content = this.text.slice(firstLine + 1).search(/\S/)
        return this.positionAt(firstLine + 1 + Math.max(0, content))
      }
    }
  }

  diagnostic(
    path: YamlPath,
    code: DiagnosticCode,
    message: string,
    extra: { severity?: Severity; suggestion?: string; key?: boolean; offset?: number } = {},
  ): Diagnostic {
    const position = extra.offset !== undefined ? this.locateInString(path, extra.offset) : this.locate(path, { key: extra.key })
    const d: Diagnostic = { file: this.file, ...position, severity: extra.severity ?? 'error', code, message }
    if (extra.suggestion) d.suggestion = extra.suggestion
    return d
  }
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Clé en double : chaque clé ne peut apparaître qu’une fois au même niveau.',
  BAD_INDENT: 'Indentation incorrecte : alignez cette ligne avec les autres éléments du même niveau.',
  MISSING_CHAR: 'Caractère manquant (guillemet, crochet ou deux-points).',
  BLOCK_AS_IMPLICIT_KEY: 'Une clé ne peut pas s’étendre sur plusieurs lignes : vérifiez les deux-points et l’indentation.',
  MULTILINE_IMPLICIT_KEY: 'Une clé ne peut pas s’étendre sur plusieurs lignes : vérifiez les deux-points et l’indentation.',
  TAB_AS_INDENT: 'Les tabulations ne sont pas permises pour indenter : utilisez des espaces.',
  UNEXPECTED_TOKEN: 'Élément inattendu : vérifiez la ponctuation (deux-points, tirets, guillemets).',
  BAD_SCALAR_START: 'Une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets.',
  ALIAS_PROPS: 'Alias YAML mal formé.',
  BAD_ALIAS: 'Alias YAML inconnu.',
}

function translateYamlError(code: string, original: string): string {
  const firstLine = original.split('\n')[0] ?? original
  const french = YAML_MESSAGES[code]
  return french ? `Syntaxe YAML : ${french} (${firstLine})` : `Syntaxe YAML : ${firstLine}`
}
