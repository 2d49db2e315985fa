/**
 * The YAML mistakes content editors actually make, recognised from the lines around
 * the parser's first error and explained in French with the fix. The parser's own
 * messages describe its state (« Nested mappings are not allowed in compact mappings »),
 * not the editor's mistake, and one mistake often yields several of them.
 * @module
 */

export interface YamlTrap {
  /** 1-based line and column of the mistake itself (not where the parser noticed it). */
  line: number
  column: number
  message: string
}

const indentOf = (line: string) => line.length - line.trimStart().length

/** A `key: value` line (optionally a list item `- key: value`): its key, the value and where the value starts. */
function keyValue(line: string): { key: string; keyColumn: number; value: string; valueColumn: number } | undefined {
  const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\s+)(.*)$/.exec(line)
  if (!match) return undefined
  const [, before = '', key = '', space = '', value = ''] = match
  return { key, keyColumn: before.length + 1, value, valueColumn: before.length + key.length + 1 + space.length + 1 }
}

function tabIndentation(lines: readonly string[]): YamlTrap | undefined {
  const index = lines.findIndex((line) => /^[ ]*\t/.test(line))
  if (index < 0) return undefined
  return {
    line: index + 1,
    column: lines[index]!.indexOf('\t') + 1,
    message:
      'Syntaxe YAML : une tabulation sert ici d’indentation, ce que YAML interdit. Remplacez-la par des espaces (2 par niveau) ; la plupart des éditeurs le font avec « Convertir l’indentation en espaces ».',
  }
}

/** `when: "salarie" in activites`: YAML reads `"salarie"` as the whole value, then trips on the rest. */
function conditionStartingWithQuote(line: string, number: number): YamlTrap | undefined {
  const kv = keyValue(line)
  if (!kv || !/^(["'])[^"']*\1\s*\S/.test(kv.value) || /^(["'])[^"']*\1\s*(#.*)?$/.test(kv.value)) return undefined
  const rest = kv.value
  return {
    line: number,
    column: kv.valueColumn,
    message:
      `Syntaxe YAML : la valeur de « ${kv.key} » commence par un guillemet, alors YAML croit qu’elle s’arrête au guillemet fermant et ne comprend pas la suite. ` +
      `Mettez toute la condition entre apostrophes : ${kv.key}: '${rest.replace(/'/g, "''")}' (ou écrivez « ${kv.key}: >- » puis la condition à la ligne suivante, indentée).`,
  }
}

/** `label: Motif : pourquoi ?`: a colon followed by a space inside a text that is not quoted. */
function colonInPlainText(line: string, number: number): YamlTrap | undefined {
  const kv = keyValue(line)
  if (!kv || /^["'[{|>&*!#]/.test(kv.value)) return undefined
  const text = kv.value.replace(/\s+#.*$/, '')
  const colon = text.search(/:(\s|$)/)
  if (colon < 0) return undefined
  const quoted = `"${text.replace(/"/g, '\\"')}"`
  return {
    line: number,
    column: kv.valueColumn + colon,
    message:
      `Syntaxe YAML : le texte de « ${kv.key} » contient un deux-points suivi d’une espace, que YAML lit comme une nouvelle clé. ` +
      `Mettez tout le texte entre guillemets : ${kv.key}: ${quoted}`,
  }
}

/** `short Lieu du décès`: a key without its colon. */
function missingColon(line: string, number: number, previous: string | undefined): YamlTrap | undefined {
  const match = /^(\s*(?:-\s+)?)([a-z_][a-z0-9_]*)\s+\S/.exec(line)
  if (!match || line.includes(':') || line.trimStart().startsWith('#')) return undefined
  // The continuation of a block text (`description: >-` then lines) has no colon and is fine.
  if (previous !== undefined && /[|>][-+]?\s*$/.test(previous)) return undefined
  const key = match[2]!
  return {
    line: number,
    column: match[1]!.length + key.length + 1,
    message: `Syntaxe YAML : il manque les deux-points après « ${key} ». Écrivez « ${key}: » suivi d’une espace, puis la valeur.`,
  }
}

/** A `- ` item one or two spaces off from the item above it. */
function shiftedDash(lines: readonly string[], index: number): YamlTrap | undefined {
  const line = lines[index]!
  if (!/^\s*-(\s|$)/.test(line)) return undefined
  const indent = indentOf(line)
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!
    if (!above.trim() || above.trimStart().startsWith('#')) continue
    const aboveIndent = indentOf(above)
    if (aboveIndent < indent - 2) return undefined
    if (/^\s*-(\s|$)/.test(above) && aboveIndent !== indent && Math.abs(aboveIndent - indent) <= 2) {
      return {
        line: index + 1,
        column: indent + 1,
        message: `Syntaxe YAML : ce tiret est décalé de ${Math.abs(aboveIndent - indent)} espace(s). Alignez-le sur le tiret de l’élément précédent (ligne ${i + 1}, colonne ${aboveIndent + 1}).`,
      }
    }
  }
  return undefined
}

/** A key indented more than its siblings (3 or 5 spaces where the others have 4). */
function overIndentedKey(lines: readonly string[], index: number): YamlTrap | undefined {
  const line = lines[index]!
  const kv = keyValue(line)
  if (!kv || line.trimStart().startsWith('-')) return undefined
  let p = index - 1
  while (p >= 0 && (!lines[p]!.trim() || lines[p]!.trimStart().startsWith('#'))) p--
  if (p < 0) return undefined
  const above = lines[p]!
  const aboveKv = keyValue(above)
  // The line above opens a nested block (`key:` alone): deeper indentation is expected there.
  if (!aboveKv || !aboveKv.value.trim() || /^[|>]/.test(aboveKv.value)) return undefined
  const expectedColumn = aboveKv.keyColumn
  if (kv.keyColumn === expectedColumn) return undefined
  return {
    line: index + 1,
    column: kv.keyColumn,
    message: `Syntaxe YAML : « ${kv.key} » est indentée de ${kv.keyColumn - 1} espaces, « ${aboveKv.key} » juste au-dessus (ligne ${p + 1}) de ${expectedColumn - 1}. Alignez les clés d’un même élément sur la même colonne.`,
  }
}

/**
 * The editor's mistake behind a YAML syntax error first noticed at `errorLine` (1-based),
 * when it is one of the known traps. Tabs are looked for in the whole file: they are
 * never right, and the parser notices them late.
 */
export function diagnoseYamlTrap(text: string, errorLine: number): YamlTrap | undefined {
  const lines = text.split(/\r?\n/)
  const tab = tabIndentation(lines)
  if (tab) return tab
  // The parser often notices a mistake on the line before it (a key that becomes multi-line).
  for (const number of [errorLine, errorLine + 1, errorLine - 1]) {
    const index = number - 1
    const line = lines[index]
    if (line === undefined || index < 0) continue
    const trap =
      conditionStartingWithQuote(line, number) ??
      colonInPlainText(line, number) ??
      missingColon(line, number, lines[index - 1]) ??
      shiftedDash(lines, index) ??
      overIndentedKey(lines, index)
    if (trap) return trap
  }
  return undefined
}

/** The first byte sequence that is not UTF-8, decoded by Node as U+FFFD, as line and column. */
export function firstNonUtf8(text: string): { line: number; column: number } | undefined {
  const at = text.indexOf('\uFFFD')
  if (at < 0) return undefined
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return { line, column: at - before.lastIndexOf('\n') }
}

export const NOT_UTF8_MESSAGE =
  'Le fichier n’est pas enregistré en UTF-8 (ici, un caractère accentué est illisible) : les usagers verraient « Les d\uFFFDmarches ». ' +
  'Ré-enregistrez-le en UTF-8 : dans VS Code, cliquez sur l’encodage en bas à droite puis « Enregistrer avec l’encodage » → « UTF-8 » ; ' +
  'dans Notepad++, menu Encodage → « Convertir en UTF-8 » ; en ligne de commande : iconv -f WINDOWS-1252 -t UTF-8 ancien.yaml > nouveau.yaml.'
