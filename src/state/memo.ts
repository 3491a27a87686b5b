/**
 * A selector that remembers its last answer: called again with the same inputs (by reference) it
 * returns the same object, so zustand's `useStore` and React's props see that nothing changed.
 */
export function memoLast<A extends readonly unknown[], R>(derive: (...args: A) => R): (...args: A) => R {
  let last: { readonly args: A; readonly value: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i])))
      return last.value;
    const value = derive(...args);
    last = { args, value };
    return value;
  };
}
