// Lists an analysis keeps to its end, grown to their exact size: most hold one item or two.
// V8 gives an array pushed onto from empty room for 16 items, which the collector then copies.

/** The list with the item added, or a new list of one: a one-item literal has room for that item alone. */
export function appended<T>(list: T[] | null, item: T): T[] {
  if (list === null) return [item];
  list.push(item);
  return list;
}

/** The items of a list that is done growing, in a list with no spare room (the list itself when it has one item or none). */
export function exact<T>(list: T[]): T[] {
  return list.length > 1 ? list.slice() : list;
}
