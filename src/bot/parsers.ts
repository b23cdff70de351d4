import { createFieldMatcher, type FieldMatcher } from '../domain/dictionary.js';
import type { Store } from '../store/store.js';
import { counted } from '../store/work-counts.js';

/** Parser indexes rebuilt only when the dictionary or roster changes. */
export class ParserCache {
  private matcher: { revision: number; value: FieldMatcher } | null = null;

  constructor(private readonly store: Store) {}

  fieldMatcher(): FieldMatcher {
    const revision = this.store.fields.revision;
    if (!this.matcher || this.matcher.revision !== revision) {
      this.matcher = { revision, value: counted('build field matcher', () => createFieldMatcher(this.store.fields.matchable())) };
    }
    return this.matcher.value;
  }
}
