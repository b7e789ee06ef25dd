/**
 * unrelated-trailing-line — A line at the end that belongs to another story, or CMS residue.
 *
 * Not yet implemented: reports nothing.
 */
import {defineRule} from './define.js'

export default defineRule({id: 'unrelated-trailing-line', defaultSeverity: 'error', summary: 'A line at the end that belongs to another story, or CMS residue.'}, () => {})
