import { blockOwner, isBlockBoundary, isSkipped } from './blocks';
import { parentAcrossShadow } from './tree';

/** What a batch of DOM mutations asks of the scanner. */
export interface DirtyWork {
  /** Subtrees to scan again: the smallest blocks whose text changed. */
  roots: Set<Node>;
  /** Whether nodes were removed, so marks over detached text must be dropped. */
  removed: boolean;
}

/** Whether a node sits in a part of the page the scanner never reads (scripts, inputs, our card). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let at: Node | null = node; at; at = parentAcrossShadow(at)) {
    if (at.nodeType === 1 && isSkipped(at as Element)) return true;
  }
  return false;
}

/** The subtree to rescan when `node` changed: the node itself when it is a block, else its block. */
function dirtyRootOf(node: Node): Node | null {
  if (node.nodeType === 1 && isBlockBoundary(node as Element)) return node;
  return blockOwner(node);
}

/**
 * Turns MutationObserver records into rescan work. Added block elements are scanned on their
 * own; changed text and added inline nodes dirty their block. Removed block elements dirty
 * nothing: their marks are dropped as detached.
 */
export function dirtyWork(records: Iterable<MutationRecord>): DirtyWork {
  const roots = new Set<Node>();
  let removed = false;
  const add = (node: Node | null) => {
    if (node && !isInSkippedSubtree(node)) roots.add(node);
  };
  for (const record of records) {
    if (record.type === 'characterData') {
      add(blockOwner(record.target));
      continue;
    }
    if (record.type !== 'childList') continue;
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 || node.nodeType === 3) add(dirtyRootOf(node));
    }
    for (const node of record.removedNodes) {
      removed = true;
      if (node.nodeType === 3 || (node.nodeType === 1 && !isBlockBoundary(node as Element))) {
        add(dirtyRootOf(record.target));
      }
    }
  }
  return { roots: outermost(roots), removed };
}

/** Drops roots that lie inside another root of the set, so no subtree is scanned twice. */
export function outermost(roots: Set<Node>): Set<Node> {
  const kept = new Set<Node>();
  for (const root of roots) {
    let covered = false;
    for (let at = parentAcrossShadow(root); at && !covered; at = parentAcrossShadow(at))
      covered = roots.has(at);
    if (!covered) kept.add(root);
  }
  return kept;
}
