// Relation to the head of household from family links, as the household sheet lists
// members (§ 3.3: head, spouse, children, children-in-law, parents, grandchildren, others).
// Used when a member joins without a stated relation and when a household gets a new head.
import type { RelationToHead } from "../codes/person.js";

export interface FamilyLinks {
  id: number;
  motherId: number | null;
  fatherId: number | null;
  /** The current spouse, when married. */
  spouseId: number | null;
}

export function deriveRelationToHead(member: FamilyLinks, head: FamilyLinks, linksOf: (id: number) => FamilyLinks | undefined): RelationToHead {
  if (member.id === head.id) return "HEAD";
  if (member.id === head.spouseId) return "SPOUSE";
  const couple = new Set([head.id, head.spouseId].filter((id): id is number => id !== null));
  const isChildOfHead = (p: FamilyLinks | undefined) => !!p && ((p.motherId !== null && couple.has(p.motherId)) || (p.fatherId !== null && couple.has(p.fatherId)));
  if (isChildOfHead(member)) return "CHILD";
  const spouse = head.spouseId !== null ? linksOf(head.spouseId) : undefined;
  const parents = [head.motherId, head.fatherId, spouse?.motherId ?? null, spouse?.fatherId ?? null];
  if (parents.includes(member.id)) return "PARENT";
  if (member.spouseId !== null && isChildOfHead(linksOf(member.spouseId))) return "ADOPTED_OR_IN_LAW";
  const parentsOfMember = [member.motherId, member.fatherId].filter((id): id is number => id !== null);
  if (parentsOfMember.some((id) => isChildOfHead(linksOf(id)))) return "GRANDCHILD";
  return "OTHER";
}
