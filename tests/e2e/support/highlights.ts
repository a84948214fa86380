import type { DriverFrame } from './driver.ts';

/** The extension's highlights as the page's main world sees them: one registry per document. */
export function readHighlights(target: DriverFrame, name: string): Promise<string[]> {
  return target.evaluate(
    (highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((range) => range.toString()),
    name,
  );
}

/** Waits until a highlight holds a range reading exactly `text`. */
export function waitForMarked(target: DriverFrame, name: string, text: string, timeoutMs?: number) {
  return target.waitFor(
    ([highlightName, wanted]) =>
      [...(CSS.highlights.get(highlightName) ?? [])].some((range) => range.toString() === wanted),
    [name, text] as const,
    timeoutMs,
  );
}

/** Waits until no range of a highlight reads `text`. */
export function waitForUnmarked(target: DriverFrame, name: string, text: string, timeoutMs?: number) {
  return target.waitFor(
    ([highlightName, gone]) =>
      ![...(CSS.highlights.get(highlightName) ?? [])].some((range) => range.toString() === gone),
    [name, text] as const,
    timeoutMs,
  );
}

/** Waits until a highlight holds at least `count` ranges. */
export function waitForMarks(target: DriverFrame, name: string, count: number, timeoutMs?: number) {
  return target.waitFor(
    ([highlightName, atLeast]) => (CSS.highlights.get(highlightName)?.size ?? 0) >= atLeast,
    [name, count] as const,
    timeoutMs,
  );
}

/** Whether an adopted stylesheet of the open shadow root of `#hostId` paints `name`. */
export function shadowRootPaints(target: DriverFrame, name: string, hostId: string): Promise<boolean> {
  return target.evaluate(
    ([highlightName, id]) =>
      (document.getElementById(id)?.shadowRoot?.adoptedStyleSheets ?? []).some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes(`::highlight(${highlightName})`)),
      ),
    [name, hostId] as const,
  );
}

/** The line and background the `name` highlight takes on `#elementId`, as the browser computes them. */
export function highlightLook(
  target: DriverFrame,
  name: string,
  elementId: string,
): Promise<{ line: string; background: string } | null> {
  return target.evaluate(
    ([highlightName, id]) => {
      const element = document.getElementById(id);
      if (!element) return null;
      const style = getComputedStyle(element, `::highlight(${highlightName})`);
      return { line: style.textDecorationLine, background: style.backgroundColor };
    },
    [name, elementId] as const,
  );
}
