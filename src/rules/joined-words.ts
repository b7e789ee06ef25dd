/**
 * joined-words — Two words run together (“moveforces”); suggests the split.
 *
 * Not yet implemented: reports nothing.
 */
import {defineRule} from './define.js'

export default defineRule({id: 'joined-words', defaultSeverity: 'warn', summary: 'Two words run together (“moveforces”); suggests the split.'}, () => {})
