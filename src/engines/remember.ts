// Engines' language lists change only when the engine is redeployed: ask once, and ask again only after a failure.

/** Wraps a loader so that its first successful result is kept; concurrent callers share one request. */
export function rememberSuccess<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    }
    return pending;
  };
}
