// What the first candidate card does not need (the forms and the template picker, the phone
// formatter) is fetched once the card is on screen, not before it: JS before the first card is a
// budget (ARCHITECTURE.md §6).
import { useEffect, useState } from "react";

/** Runs `work` after the frame being prepared now has been painted (a frame, then a task after it);
 * the returned function cancels it. Without frames (a test's DOM, a hidden page) a task is enough. */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  const later = () =>
    setTimeout(() => {
      if (!cancelled) work();
    }, 0);
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(later);
  else later();
  return () => {
    cancelled = true;
  };
}

/** False on the first render, true once it has been painted (and from then on). */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted]);
  return painted;
}
