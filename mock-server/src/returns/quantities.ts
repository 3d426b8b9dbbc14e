import type { ErrorIssue, Order } from '@assist/contract';
import { validationFailure } from '../http/failure.js';
import { RETURNABLE_ORDER_STATUSES } from './rules.js';
import type { ReturnItemRecord, ReturnRecord } from './types.js';

/**
 * How many of each item can still be returned: what the store confirmed (shipped), less what earlier
 * returns of the order hold, unless they were cancelled. `exceptReturnId` leaves one return out (the
 * one being changed).
 */
export function returnableQuantities(order: Order, returns: readonly ReturnRecord[], exceptReturnId?: string): Map<string, number> {
  const reported = new Map<string, number>();
  for (const r of returns) {
    if (r.orderId !== order.id || r.status === 'cancelled' || r.id === exceptReturnId) continue;
    for (const line of r.items) reported.set(line.itemId, (reported.get(line.itemId) ?? 0) + line.quantity);
  }
  const canReturn = RETURNABLE_ORDER_STATUSES.includes(order.status);
  return new Map(order.items.map((item) => [item.id, canReturn ? Math.max(0, item.confirmedQuantity - (reported.get(item.id) ?? 0)) : 0]));
}

/** The order with `returnableQuantity` of every item brought up to date with its returns. */
export function withReturnableQuantities(order: Order, returns: readonly ReturnRecord[]): Order {
  const left = returnableQuantities(order, returns);
  return { ...order, items: order.items.map((item) => ({ ...item, returnableQuantity: left.get(item.id) ?? 0 })) };
}

/**
 * Checks the lines of a return against the order and answers them with names and prices; every
 * problem is reported at once with the path of its field (`body.items.1.quantity`).
 */
export function checkReturnLines(
  order: Order,
  lines: readonly { itemId: string; quantity: number }[],
  returns: readonly ReturnRecord[],
  exceptReturnId?: string,
): ReturnItemRecord[] {
  const left = returnableQuantities(order, returns, exceptReturnId);
  const issues: ErrorIssue[] = [];
  const seen = new Set<string>();
  lines.forEach((line, n) => {
    const item = order.items.find((i) => i.id === line.itemId);
    if (!item) {
      issues.push({ path: `body.items.${n}.itemId`, message: 'is not an item of this order' });
      return;
    }
    if (seen.has(line.itemId)) {
      issues.push({ path: `body.items.${n}.itemId`, message: 'is listed twice: put the whole quantity on one line' });
      return;
    }
    seen.add(line.itemId);
    const available = left.get(item.id) ?? 0;
    if (line.quantity > available) {
      const why = !RETURNABLE_ORDER_STATUSES.includes(order.status)
        ? `cannot be returned: the order is ${order.status.replace(/_/g, ' ')}`
        : available === 0
          ? 'is more than can be returned: all of this item was already returned or never shipped'
          : `must be at most ${available}: only ${available} of this item can still be returned`;
      issues.push({ path: `body.items.${n}.quantity`, message: why });
    }
  });
  if (issues.length > 0) throw validationFailure(issues);
  return lines.map((line) => {
    const item = order.items.find((i) => i.id === line.itemId)!;
    return { itemId: item.id, name: item.name, quantity: line.quantity, unitPrice: item.unitPrice.amount };
  });
}

/** The value of a return's lines in minor units. */
export const amountOf = (items: readonly ReturnItemRecord[]): number => items.reduce((sum, i) => sum + i.quantity * i.unitPrice, 0);
