/**
 * repeated-headline — A headline or line that appears again, exactly or nearly.
 *
 * Not yet implemented: reports nothing.
 */
import {defineRule} from './define.js'

export default defineRule({id: 'repeated-headline', defaultSeverity: 'error', summary: 'A headline or line that appears again, exactly or nearly.'}, () => {})
