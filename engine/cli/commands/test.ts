import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { formatDiagnostic, sortDiagnostics } from '../../diagnostics.ts'
import { compileJourneyFile, displayPath, journeyFilesIn, journeysDirOf, loadJourneyContext } from '../../node/journey-files.ts'
import { findCommune } from '../../node/communes.ts'
import { coverageOf, formatPercent } from '../../scenarios/coverage.ts'
import { runScenarios, scenarioJourneyId } from '../../scenarios/run-scenarios.ts'
import { countSourcedScenarios } from '../../scenarios/sources.ts'
import { parse as parseYaml } from 'yaml'
import { MISTAKES_DIR, runMistakeBattery } from '../../load/mistake-battery.ts'
import { UsageError } from '../args.ts'
import type { Command } from '../command.ts'
import { didYouMean } from '../../text/did-you-mean.ts'

/** Scenario files named by the user; a directory means every journey's scenarios (all required). */
function scenarioFiles(paths: string[], io: { err(t: string): void }): { files: string[]; missing: string[] } {
  const targets = paths.length ? paths : ['journeys']
  const files: string[] = []
  const missing: string[] = []
  for (const target of targets) {
    if (existsSync(target) && statSync(target).isDirectory()) {
      for (const journey of journeyFilesIn([target])) {
        const scenarios = journey.replace(/\.ya?ml$/, '.scenarios.yaml')
        if (existsSync(scenarios)) files.push(scenarios)
        else missing.push(displayPath(journey))
      }
    } else if (!existsSync(target)) {
      io.err(`Fichier introuvable : ${target}`)
      missing.push(target)
    } else if (!/\.scenarios\.ya?ml$/.test(target) && /\.ya?ml$/.test(target)) {
      // A journey file stands for its scenarios: `mdv test journeys/x.yaml` is what editors type.
      const scenarios = target.replace(/\.ya?ml$/, '.scenarios.yaml')
      if (existsSync(scenarios)) files.push(scenarios)
      else missing.push(displayPath(target))
    } else files.push(target)
  }
  return { files, missing }
}

/** The scenario file's data for counting sources; a file that does not parse counts none (its errors are reported by the run). */
function sourcedData(text: string): unknown {
  try {
    return parseYaml(text)
  } catch {
    return undefined
  }
}

export const test: Command = {
  name: 'test',
  summary: 'Exécute les scénarios des parcours et affiche la couverture des questions et démarches.',
  usage: 'mdv test [parcours .yaml, fichiers .scenarios.yaml ou dossiers…] [--min-coverage 100]',
  valued: ['min-coverage'],
  run(paths, flags, io) {
    const minCoverage = flags['min-coverage'] === undefined ? 100 : Number(flags['min-coverage'])
    if (!Number.isFinite(minCoverage) || minCoverage < 0 || minCoverage > 100) {
      throw new UsageError(`--min-coverage attend un pourcentage entre 0 et 100, par exemple --min-coverage 90 (reçu « ${flags['min-coverage']} »)`)
    }
    const { files, missing } = scenarioFiles(paths, io)
    missing.forEach((file) => io.out(`✗ ${file} : aucun fichier de scénarios (${file.replace(/\.ya?ml$/, '.scenarios.yaml')})`))
    let passed = 0
    let failed = missing.length
    const sources = { sourced: 0, total: 0 }
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const id = scenarioJourneyId(displayPath(file), text)
      const dir = journeysDirOf(file)
      const journeyFile = join(dir, `${id}.yaml`)
      if (!existsSync(journeyFile)) {
        // A typo in `journey:`: name the journeys that exist rather than a system error.
        const known = journeyFilesIn([dir]).map((f) => basename(f).replace(/\.ya?ml$/, ''))
        const suggestion = id ? didYouMean(id, known) : undefined
        io.out(`✗ ${displayPath(file)} : parcours « ${id} » introuvable (${displayPath(journeyFile)})${suggestion ? `. Vouliez-vous dire « ${suggestion} » ?` : `. Parcours connus : ${known.join(', ')}`}`)
        failed += 1
        continue
      }
      const compiled = compileJourneyFile(journeyFile, loadJourneyContext(dir))
      if (!compiled.journey) {
        io.out(`✗ ${displayPath(file)} : le parcours « ${id} » ne se charge pas`)
        sortDiagnostics(compiled.diagnostics).forEach((d) => io.out('  ' + formatDiagnostic(d)))
        failed += 1
        continue
      }
      const journey = compiled.journey
      const run = runScenarios(journey, displayPath(file), text, { communeExists: (code) => findCommune(code) !== undefined })
      io.out(`${journey.title} (${displayPath(file)})`)
      run.outcomes.forEach((o) => io.out(`  ${o.passed ? '✓' : '✗'} ${o.name}`))
      sortDiagnostics(run.diagnostics).forEach((d) => io.out('  ' + formatDiagnostic(d)))
      passed += run.outcomes.filter((o) => o.passed).length
      failed += run.outcomes.filter((o) => !o.passed).length + (run.outcomes.length ? 0 : 1)
      const counted = countSourcedScenarios(sourcedData(text))
      sources.sourced += counted.sourced
      sources.total += counted.total
      io.out(`  Sources : ${counted.sourced}/${counted.total} scénario(s) avec source:`)
      const coverage = coverageOf(journey, run)
      const { questions, tasks, notAsked, notShown } = coverage
      io.out(`  Couverture : questions ${formatPercent(questions)} (${questions.reached}/${questions.total}), démarches ${formatPercent(tasks)} (${tasks.reached}/${tasks.total})`)
      const { answers } = coverage
      io.out(`  Réponses choisies par au moins un scénario : ${formatPercent(answers)} (${answers.reached}/${answers.total})`)
      if (coverage.notChosen.length) io.out(`    jamais choisies : ${coverage.notChosen.join(', ')}`)
      if (notAsked.length) io.out(`    jamais posées : ${notAsked.join(', ')}`)
      if (notShown.length) io.out(`    jamais affichées : ${notShown.join(', ')}`)
      if (coverage.percent < minCoverage) {
        io.out(`  ✗ couverture insuffisante (minimum ${minCoverage} %)`)
        failed += 1
      }
    }
    io.out(`\n${sources.sourced} scénario(s) sur ${sources.total} citent leur source officielle (source:)`)
    // The editors' battery of typical mistakes, when run from the project (it lives with the tests).
    const battery = runMistakeBattery()
    if (battery.length) {
      const ok = battery.filter((m) => m.passed)
      io.out(`Batterie d'erreurs types (${MISTAKES_DIR}) : ${ok.length}/${battery.length} donnent au plus 2 messages, le premier à la bonne ligne`)
      for (const m of battery.filter((m) => !m.passed)) io.out(`  ✗ ${m.file} : ligne ${m.expectedLine ?? '?'} attendue, ${m.diagnostics.length} message(s)${m.diagnostics[0] ? `, le premier ligne ${m.diagnostics[0].line}` : ''}`)
    }
    io.out(`${passed} passed, ${failed} failed`)
    return failed ? 1 : 0
  },
}
