/**
 * The Mocha globals @web/test-runner provides, typed for `tsc --noEmit` (the project
 * does not depend on @types/mocha).
 */
type MochaDone = (error?: unknown) => void
type MochaFn = (this: { timeout(ms: number): void }, done: MochaDone) => void | Promise<unknown>
type MochaTest = ((this: { timeout(ms: number): void }) => void | Promise<unknown>) | MochaFn

declare function describe(title: string, body: (this: { timeout(ms: number): void }) => void): void
declare function it(title: string, body: MochaTest): void
declare function before(body: MochaTest): void
declare function after(body: MochaTest): void
declare function beforeEach(body: MochaTest): void
declare function afterEach(body: MochaTest): void
