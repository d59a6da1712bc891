// Declared in src/internal/types/ so that internal modules can use it too; re-exported here under its public name.
export type { ContactWorkload, ImpatientContactWorkload, QueuePerformance, StaffedWorkload } from '../internal/types/queue.js';
