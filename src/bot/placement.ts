// A stored request finds its collection and the bot asks for what nobody has reported yet: the one path that new
// requests and edits (a new period, more items, more units) share.
import { closingTime, earliestDeadline } from '../domain/dedup.js';
import type { RequestRecord } from '../store/requests.js';
import { askFieldsOf, planAsks, refreshCollection, requestNeeds, type AskPlan } from './collect.js';
import type { BotDeps } from './context.js';

export interface Placement {
  collectionId: number;
  /** True when the request joined a collection that was already open. */
  merged: boolean;
  plan: AskPlan;
}

/**
 * Puts a stored request into a collection (joining the oldest open one it overlaps, else a new one) and asks. `into`: the
 * collection a part of the same notice went to (ITEM_TARGETS, requests.ts), which the request joins.
 */
export function placeRequest(deps: BotDeps, requestId: number, into?: number): Placement {
  const request = deps.store.requests.get(requestId)!;
  const { collectionId, merged } = joinOrOpen(deps, request, into);
  return { collectionId, merged, plan: askForRequest(deps, requestId) };
}

/** Asks for what a placed request needs that neither the pool nor an earlier ask covers. */
export function askForRequest(deps: BotDeps, requestId: number): AskPlan {
  const request = deps.store.requests.get(requestId)!;
  return planAsks(deps, request.collectionId!, requestNeeds(request), request.department);
}

function joinOrOpen(deps: BotDeps, request: RequestRecord, into?: number): { collectionId: number; merged: boolean } {
  const { store } = deps;
  const now = deps.clock.now();
  const candidate = (into !== undefined ? store.collections.get(into) : undefined) ?? store.collections.openOverlapping(request.period, askFieldsOf(request), request.targets, now);
  const collectionId = candidate?.id ?? store.collections.create({
    period: request.period, deadline: earliestDeadline([request]),
    closesAt: closingTime([request], deps.settings().openDaysWithoutDeadline), createdAt: now,
  });
  store.requests.update(request.id, { collectionId });
  refreshCollection(deps, collectionId);
  return { collectionId, merged: candidate !== undefined };
}
