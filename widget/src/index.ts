/**
 * The widget's entry point, bundled into dist/widget.js: importing it defines
 * <moment-de-vie> and its inner parts.
 * @module
 */
export { MomentDeVie } from './components/moment-de-vie/moment-de-vie.ts'
export type * from './events/index.ts'
