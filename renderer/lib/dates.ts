/**
 * Dates on screen are YYYY-MM-DD in both languages. Instants (history, files, packets) are
 * shown in the zone of Settings, never the machine's, with the zone named: see core/instant.
 */
export { instantDate, instantDateTime } from '../../core/instant';
