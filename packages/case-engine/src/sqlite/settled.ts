/**
 * Runs a synchronous SQLite read and answers as a promise: a thrown error becomes a rejection, never a
 * synchronous throw from an async-looking repository method (as `lift` in repository/sqlite.ts does).
 */
export function settled<R>(fn: () => R): Promise<R> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}
