/**
 * The editors' preview: the `?today=` override on the demo pages, problems shown in the
 * page instead of the widget, and `npm run dev` reloading the pages when a file is saved.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../engine/diagnostics.ts'
import { loadJourneys } from '../../engine/node/journey-files.ts'
import { createApp } from '../../server/app.ts'
import { catalogueOf } from '../../server/journeys/catalogue.ts'
import { previewLoader } from '../../server/preview/incremental-load.ts'
import { scenarioReports } from '../../server/preview/scenario-reports.ts'
import type { ScenarioReport } from '../../server/preview/preview.ts'
import { silentLogger } from '../../server/log.ts'
import { createTestApp, FIXTURE_JOURNEYS, fixtureCatalogue, fixtureCentres, testConfig } from './helpers/app.ts'
import { watchJourneys } from '../../server/preview/watch-journeys.ts'
import { runNode } from './helpers/server-process.ts'
import { stubStorage } from './helpers/stub-storage.ts'

const page = async (app: { request(path: string): Response | Promise<Response> }, path: string) => {
  const res = await app.request(path)
  return { status: res.status, html: await res.text() }
}

describe('today override on the demo pages', () => {
  const t = createTestApp(stubStorage())

  it('passes a valid date to the widget and says so on the page', async () => {
    const { status, html } = await page(t.app, '/parcours/rappel-test?today=2027-01-15')
    expect(status).toBe(200)
    expect(html).toContain('today="2027-01-15"')
    expect(html).toContain('Aperçu au <strong>15 janvier 2027</strong>')
  })

  it('explains a date it cannot read and keeps the real today', async () => {
    const { status, html } = await page(t.app, '/parcours/rappel-test?today=15/01/2027')
    expect(status).toBe(200)
    expect(html).not.toContain(' today="')
    expect(html).toContain('« 15/01/2027 » n’est pas valide')
    // An impossible date is not a date either.
    expect((await page(t.app, '/parcours/rappel-test?today=2027-02-30')).html).not.toContain('today="2027-02-30"')
  })

  it('shows no notice and no live reload outside the preview', async () => {
    const { html } = await page(t.app, '/parcours/rappel-test')
    expect(html).not.toContain('Aperçu au')
    expect(html).not.toContain('/dev/reload.js')
    expect(html).toContain('<moment-de-vie journey="rappel-test" hide-title="">')
  })
})

describe('problems shown in the preview pages', () => {
  const problem = (file: string, severity: Diagnostic['severity'], message: string, suggestion?: string): Diagnostic => ({
    file,
    line: 9,
    column: 11,
    severity,
    code: 'unknown-question',
    message,
    ...(suggestion ? { suggestion } : {}),
  })
  const appWith = (problems: Diagnostic[], scenarios?: Map<string, ScenarioReport>) =>
    createApp({
      config: testConfig(),
      storage: stubStorage(),
      journeys: fixtureCatalogue(),
      centres: fixtureCentres(),
      log: silentLogger,
      preview: { problems, generation: 42, ...(scenarios ? { scenarios } : {}) },
    }).app

  it('shows the errors of a journey instead of the widget, with place, suggestion and the line', async () => {
    const app = appWith([problem(`${FIXTURE_JOURNEYS}/sans-rappel.yaml`, 'error', 'La question « majeure » n’existe pas.', 'majeur')])
    const { status, html } = await page(app, '/parcours/sans-rappel')
    expect(status).toBe(200)
    expect(html).not.toContain('<moment-de-vie')
    expect(html).toContain(`${FIXTURE_JOURNEYS}/sans-rappel.yaml:9:11`)
    expect(html).toContain('Suggestion : <code>majeur</code>')
    const line9 = readFileSync(`${FIXTURE_JOURNEYS}/sans-rappel.yaml`, 'utf8').split('\n')[8]!
    expect(html).toContain(line9.replace(/'/g, '&#39;'))
    expect(html).toContain('<script src="/dev/reload.js" data-generation="42">')
    // Other journeys are not blocked by it, and the home page lists it.
    expect((await page(app, '/parcours/rappel-test')).html).toContain('<moment-de-vie')
    const home = (await page(app, '/')).html
    expect(home).toContain('Parcours non affichés à cause d’erreurs')
    expect(home).toContain('href="/parcours/sans-rappel"')
  })

  it('shows an error page for a journey left out of the catalogue because of its errors', async () => {
    const app = appWith([problem('journeys/nouveau.yaml', 'error', 'Le titre manque.')])
    const { status, html } = await page(app, '/parcours/nouveau')
    expect(status).toBe(200)
    expect(html).toContain('Le parcours « nouveau » contient des erreurs')
    expect(html).toContain('journeys/nouveau.yaml:9:11')
  })

  it('blocks every journey on an error in a shared question, and shows warnings above the widget', async () => {
    const shared = appWith([problem(`${FIXTURE_JOURNEYS}/_shared/usager.yaml`, 'error', 'Type inconnu.')])
    expect((await page(shared, '/parcours/rappel-test')).html).not.toContain('<moment-de-vie')
    const warned = appWith([problem(`${FIXTURE_JOURNEYS}/rappel-test.yaml`, 'warning', 'Cette question ne change jamais le plan.')])
    const { html } = await page(warned, '/parcours/rappel-test')
    expect(html).toContain('<moment-de-vie')
    expect(html).toContain('À corriger avant publication')
    expect(html).toContain('Cette question ne change jamais le plan.')
  })

  it('escapes what the files contain', async () => {
    const app = appWith([problem('journeys/x.yaml', 'error', '<img src=x onerror=alert(1)>')])
    const { html } = await page(app, '/parcours/x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img src=x')
  })

  it('says how the journey’s scenarios fare: one line when all is well, the details otherwise', async () => {
    const coverage = (notAsked: string[]) => ({
      questions: { reached: 1 - notAsked.length, total: 1 },
      tasks: { reached: 1, total: 1 },
      answers: { reached: 2, total: 2 },
      notChosen: [],
      notAsked,
      notShown: [],
      percent: notAsked.length ? 0 : 100,
    })
    const green = appWith([], new Map([['sans-rappel', { file: 'journeys/sans-rappel.scenarios.yaml', passed: 3, failed: 0, problems: [], coverage: coverage([]) }]]))
    const ok = (await page(green, '/parcours/sans-rappel')).html
    expect(ok).toContain('3 scénario(s) réussi(s) ; couverture : questions 100 %, démarches 100 %')
    expect(ok).not.toContain('Scénarios à revoir')
    expect((await page(green, '/')).html).not.toContain('Scénarios à revoir')

    const failing = problem('journeys/sans-rappel.scenarios.yaml', 'error', 'La démarche « voter » devait apparaître.')
    const red = appWith([], new Map([['sans-rappel', { file: 'journeys/sans-rappel.scenarios.yaml', passed: 2, failed: 1, problems: [failing], coverage: coverage(['majeur']) }]]))
    const ko = (await page(red, '/parcours/sans-rappel')).html
    expect(ko).toContain('Scénarios à revoir')
    expect(ko).toContain('2 scénario(s) réussi(s), 1 en échec')
    expect(ko).toContain('Questions jamais posées : majeur.')
    expect(ko).toContain('journeys/sans-rappel.scenarios.yaml:9:11')
    expect(ko).toContain('<moment-de-vie') // a failing scenario does not hide the journey
    expect((await page(red, '/')).html).toMatch(/Scénarios à revoir :.*href="\/parcours\/sans-rappel"/)
  })

  it('revalidates compiled journeys at every load, so a save shows at once', async () => {
    const res = await appWith([]).request('/journeys/rappel-test.json')
    expect(res.headers.get('cache-control')).toBe('no-cache')
  })
})

describe('npm run dev', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-dev-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reloads the pages when a journey is saved and shows a broken file’s errors in the page', { timeout: 90_000 }, async () => {
    const journeys = join(dir, 'journeys')
    cpSync(FIXTURE_JOURNEYS, journeys, { recursive: true })
    writeFileSync(
      join(journeys, 'sans-rappel.scenarios.yaml'),
      'journey: sans-rappel\nscenarios:\n  - name: Majeur\n    answers: { majeur: true }\n    tasks: [voter]\n  - name: Mineur\n    answers: { majeur: false }\n    absent: [voter]\n',
    )
    const child = runNode('server/preview/dev-server.ts', [], {
      JOURNEYS_DIR: journeys,
      WIDGET_FILE: join(dir, 'widget.js'),
      DATA_DIR: join(dir, 'data'),
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = ''
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
          err += chunk
          // The preview binds the loopback interface only, unless HOST says otherwise.
          const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err)
          if (found) resolve(`http://127.0.0.1:${found[1]}`)
        })
        child.on('exit', (code) => reject(new Error(`dev server exited (${code}):\n${err}`)))
      })
      // The widget is built before the server listens: its starter and the chunks it loads.
      expect(readFileSync(join(dir, 'widget.js'), 'utf8')).toContain('import(')
      expect(readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3)
      const first = await (await fetch(`${url}/parcours/sans-rappel`)).text()
      expect(first).toContain('<moment-de-vie journey="sans-rappel" hide-title="">')
      expect(first).toContain('2 scénario(s) réussi(s) ; couverture : questions 100 %, démarches 100 %')
      const generation = /data-generation="(\d+)"/.exec(first)![1]!

      // The page's live-reload connection: the first event is the current generation.
      const controller = new AbortController()
      const events = await fetch(`${url}/dev/events`, { signal: controller.signal })
      const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader()
      const nextGeneration = async () => {
        let text = ''
        for (;;) {
          const { value } = await reader.read()
          text += value
          const data = /data: (\d+)/.exec(text)
          if (data) return data[1]!
        }
      }
      expect(await nextGeneration()).toBe(generation)

      // An editor saves a typo: the page is told to reload and shows the error in place of the widget.
      const file = join(journeys, 'sans-rappel.yaml')
      const original = readFileSync(file, 'utf8')
      writeFileSync(file, original.replace('when: majeur', 'when: majeure'))
      expect(Number(await nextGeneration())).toBeGreaterThan(Number(generation))
      const broken = await (await fetch(`${url}/parcours/sans-rappel`)).text()
      expect(broken).not.toContain('<moment-de-vie')
      expect(broken).toMatch(/sans-rappel\.yaml:\d+:\d+/)
      expect(broken).toContain('majeur')

      // Fixed: the widget is back, with the new content served without cache.
      writeFileSync(file, original.replace('Êtes-vous majeur ?', 'Êtes-vous majeur ou majeure ?'))
      await nextGeneration()
      expect(await (await fetch(`${url}/parcours/sans-rappel`)).text()).toContain('<moment-de-vie journey="sans-rappel" hide-title="">')
      const journey = await (await fetch(`${url}/journeys/sans-rappel.json`)).text()
      // Compiled with French typography (a narrow no-break space before « ? »).
      expect(journey).toContain('Êtes-vous majeur ou majeure\u202F?')

      // vim, gedit, JetBrains, `sed -i`, `git pull`: the new text is written aside, then renamed over the file.
      const aside = join(journeys, '.sans-rappel.yaml.swp')
      writeFileSync(aside, original.replace('Êtes-vous majeur ?', 'Avez-vous 18 ans ?'))
      renameSync(aside, file)
      await nextGeneration()
      expect(await (await fetch(`${url}/journeys/sans-rappel.json`)).text()).toContain('Avez-vous 18 ans\u202F?')
      // …and the next save after a rename is still seen.
      writeFileSync(file, original.replace('Êtes-vous majeur ?', 'Êtes-vous adulte ?'))
      await nextGeneration()
      expect(await (await fetch(`${url}/journeys/sans-rappel.json`)).text()).toContain('Êtes-vous adulte\u202F?')
      controller.abort()
    } finally {
      child.kill('SIGTERM')
    }
  })
})


describe('watching the journeys directory', () => {
  it('sees every kind of save, including a file replaced by renaming another over it, and the saves after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdv-watch-'))
    mkdirSync(join(dir, '_shared'))
    writeFileSync(join(dir, 'a.yaml'), 'x: 0\n')
    writeFileSync(join(dir, '_shared', 'usager.yaml'), 'x: 0\n')
    const bursts: string[][] = []
    let notify: () => void = () => {}
    const watcher = watchJourneys(dir, (files) => {
      bursts.push(files)
      notify()
    })
    const nextBurst = () => new Promise<string[]>((resolve) => (notify = () => resolve(bursts[bursts.length - 1]!)))
    try {
      let burst = nextBurst()
      writeFileSync(join(dir, 'a.yaml'), 'x: 1\n')
      expect(await burst).toEqual(['a.yaml'])
      burst = nextBurst()
      writeFileSync(join(dir, '.a.yaml.swp'), 'x: 2\n')
      renameSync(join(dir, '.a.yaml.swp'), join(dir, 'a.yaml'))
      expect(await burst).toEqual(['a.yaml'])
      burst = nextBurst()
      writeFileSync(join(dir, 'a.yaml'), 'x: 3\n')
      expect(await burst).toEqual(['a.yaml'])
      // Renaming one journey over another (the old one disappears, the other changes).
      burst = nextBurst()
      writeFileSync(join(dir, 'b.yaml'), 'x: 4\n')
      await burst
      burst = nextBurst()
      renameSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'))
      expect(await burst).toEqual(['a.yaml', 'b.yaml'])
      burst = nextBurst()
      writeFileSync(join(dir, '_shared', 'usager.yaml'), 'x: 5\n')
      expect(await burst).toEqual([join('_shared', 'usager.yaml')])
    } finally {
      watcher.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the journey map for review', () => {
  const loaded = loadJourneys('journeys')
  const catalogue = catalogueOf({ journeys: new Map([...loaded.journeys].filter(([id]) => id === 'je-perds-un-proche')), diagnostics: [] })
  const app = (preview: boolean) =>
    createApp({
      config: testConfig(),
      storage: stubStorage(),
      journeys: catalogue,
      centres: fixtureCentres(),
      log: silentLogger,
      ...(preview ? { preview: { problems: [], generation: 7 } } : {}),
    }).app

  it('is linked from the journey page of the preview, and absent from the public site', async () => {
    expect((await page(app(true), '/parcours/je-perds-un-proche')).html).toContain('href="/parcours/je-perds-un-proche/carte"')
    expect((await page(app(false), '/parcours/je-perds-un-proche')).html).not.toContain('/carte')
    expect((await page(app(false), '/parcours/je-perds-un-proche/carte')).status).toBe(404)
  })

  it('lists each question with its options and the démarches each answer brings or removes, in words', async () => {
    const { status, html } = await page(app(true), '/parcours/je-perds-un-proche/carte')
    expect(status).toBe(200)
    expect(html).toContain('<h1>Carte du parcours « Je perds un proche »</h1>')
    expect(html).toContain('<script src="/dev/reload.js" data-generation="7">')
    // The question by its short label, an option, and the démarche it brings, linked to it.
    const lieu = html.slice(html.indexOf('id="q-lieu_deces"'), html.indexOf('id="q-commune_deces"'))
    expect(lieu).toContain('<h3>Lieu du décès</h3>')
    expect(lieu).toMatch(/<strong>À l(’|&#39;|')étranger<\/strong> — ajoute : .*<a href="#d-declarer_deces_etranger">/)
    // A démarche: its condition in words, its deadline rule, its period, links back to its questions.
    const declarer = html.slice(html.indexOf('id="d-declarer_deces"'))
    expect(declarer).toMatch(/Condition : «\s?Lieu du décès\s?» : À domicile/)
    expect(declarer).toMatch(/Délai : .*après «\s?Date du décès\s?»/)
    expect(declarer).toContain('Période : Dans les 24 heures')
    expect(declarer).toContain('<a href="#q-lieu_deces">Lieu du décès</a>')
    // No raw condition syntax.
    expect(html).not.toContain('lieu_deces in [')
    expect(html).not.toContain('== &quot;')
  })

  it('is made of headings and lists, without tables, so it reads at 390 px and by screen readers', async () => {
    const { html } = await page(app(true), '/parcours/je-perds-un-proche/carte')
    expect(html).not.toContain('<table')
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)
    expect(new Set(ids).size).toBe(ids.length)
    // Every in-page link leads somewhere.
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target)
    expect(html.match(/<h2/g)!.length).toBeGreaterThanOrEqual(3)
  })
})

describe('the preview reloads only what a save changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdv-incremental-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  for (const name of ['_shared', 'callbacks.yaml', 'je-deviens-etudiant.yaml', 'je-deviens-etudiant.scenarios.yaml', 'je-perds-un-proche.yaml', 'je-perds-un-proche.scenarios.yaml']) {
    cpSync(join('journeys', name), join(dir, name), { recursive: true })
  }
  writeFileSync(join(dir, '_shared/z-autre.yaml'), 'questions:\n  - id: question_isolee\n    type: boolean\n    label: Une question que personne n’utilise ?\n')
  const loader = previewLoader(dir)
  /** What a reload from scratch gives: the incremental one must be the same. */
  const fresh = () => {
    const loaded = loadJourneys(dir)
    return { loaded, scenarios: scenarioReports(loaded) }
  }
  const same = (load: ReturnType<typeof loader.reload>) => {
    const expected = fresh()
    expect(load.loaded.diagnostics).toEqual(expected.loaded.diagnostics)
    expect([...load.loaded.journeys]).toEqual([...expected.loaded.journeys])
    expect([...load.scenarios]).toEqual([...expected.scenarios])
  }
  const edit = (name: string, change: (text: string) => string) => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
  const names = (load: ReturnType<typeof loader.reload>) => load.recompiled.map((f) => f.slice(dir.length + 1))

  it('loads everything at start, then only the saved journey', () => {
    const first = loader.reload()
    expect(names(first)).toEqual(['je-deviens-etudiant.yaml', 'je-perds-un-proche.yaml'])
    same(first)
    const untouched = first.loaded.journeys.get('je-perds-un-proche')!.journey
    edit('je-deviens-etudiant.yaml', (t) => t.replace(/^title: .*$/m, 'title: Je deviens étudiant (relu)'))
    const next = loader.reload(['je-deviens-etudiant.yaml'])
    expect(names(next)).toEqual(['je-deviens-etudiant.yaml'])
    expect(next.loaded.journeys.get('je-deviens-etudiant')!.journey.title).toBe('Je deviens étudiant (relu)')
    expect(next.loaded.journeys.get('je-perds-un-proche')!.journey).toBe(untouched)
    same(next)
  })

  it('runs again the scenarios of a saved scenario file, without compiling anything', () => {
    edit('je-deviens-etudiant.scenarios.yaml', (t) => t.replace('      - candidater_parcoursup\n', '      - candidater_parcoursup\n      - demarche_inconnue\n'))
    const next = loader.reload(['je-deviens-etudiant.scenarios.yaml'])
    expect(names(next)).toEqual([])
    expect(next.scenarios.get('je-deviens-etudiant')!.failed + next.scenarios.get('je-deviens-etudiant')!.problems.length).toBeGreaterThan(0)
    same(next)
  })

  it('recompiles the journeys using a saved shared file, and only them', () => {
    expect(names(loader.reload(['_shared/z-autre.yaml']))).toEqual([])
    edit('_shared/usager.yaml', (t) => t.replace('short: Votre date de naissance', 'short: Date de naissance (relue)'))
    const next = loader.reload(['_shared/usager.yaml'])
    expect(names(next)).toEqual(['je-deviens-etudiant.yaml', 'je-perds-un-proche.yaml'])
    expect(next.loaded.journeys.get('je-perds-un-proche')!.journey.questions.find((q) => q.id === 'date_naissance')!.short).toBe('Date de naissance (relue)')
    same(next)
    // A broken shared file is reported once, and its users are checked again.
    edit('_shared/usager.yaml', (t) => t.replace('questions:', 'questions: ['))
    same(loader.reload(['_shared/usager.yaml']))
  })

  it('forgets a deleted journey and reloads everything for callbacks.yaml or an unnamed change', () => {
    rmSync(join(dir, 'je-deviens-etudiant.yaml'))
    const next = loader.reload(['je-deviens-etudiant.yaml'])
    expect(next.loaded.journeys.has('je-deviens-etudiant')).toBe(false)
    same(next)
    expect(names(loader.reload(['callbacks.yaml']))).toEqual(['je-perds-un-proche.yaml'])
    expect(names(loader.reload([]))).toEqual(['je-perds-un-proche.yaml'])
  })
})
