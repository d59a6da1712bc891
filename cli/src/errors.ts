/** A mistake in the command line (an unknown column, a bad option): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Bad data: the metric stopped; the message lists the first bad rows with their lines. Exit code 1. */
export class BadDataError extends Error {
  override readonly name = 'BadDataError';
}
