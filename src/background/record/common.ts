/** What the recorders of every kind share: notes, full lists, what the tables know, the current page. */
import { KNOWLEDGE } from '../../knowledge/index.ts';
import { classifyName } from '../../audit/classify.ts';
import { type LimitedList, type Inventory } from '../../shared/inventory.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../shared/limits.ts';

export function note(inv: Inventory, text: string): void {
  if (inv.notes.includes(text)) return;
  if (inv.notes.length < LIMITS.notes) inv.notes.push(text);
}

/** A list dropped a record: said in the notes, and the verdicts that rest on an absence become manual. */
export function limitHit(inv: Inventory, list: LimitedList, text: string): void {
  note(inv, text);
  inv.limitsHit ??= [];
  if (!inv.limitsHit.includes(list)) inv.limitsHit.push(list);
}

/** A cookie or storage key a table knows as needing consent (or as a vendor's): kept beyond a full list. */
export const knownName = (name: string, domain: string) => {
  const c = classifyName(KNOWLEDGE, name, domain);
  return c.vendorId !== null || (c.category !== 'unknown' && c.category !== 'necessary');
};

export const currentPage = (inv: Inventory) => Math.max(0, inv.pages.length - 1);
