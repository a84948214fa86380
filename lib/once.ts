/**
 * A value built on its first use and kept. zod schemas are built this way in every module the
 * content script loads: each frame runs its own copy of the script, cold, and building schemas
 * when a module loads cost Firefox about 3 ms per frame (0.6 s of a 200-frame page's main thread,
 * frames started together running back to back). Marked free of side effects, so a bundle that
 * never uses a value drops it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
