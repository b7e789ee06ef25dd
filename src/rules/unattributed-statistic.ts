/**
 * unattributed-statistic — A figure stated with no source.
 *
 * Not yet implemented: reports nothing.
 */
import {defineRule} from './define.js'

export default defineRule({id: 'unattributed-statistic', defaultSeverity: 'warn', summary: 'A figure stated with no source.'}, () => {})
