/** The node above: its parent, or for a shadow root its host. */
export function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null;
}

/** Whether `node` is `root` or under it, counting open shadow roots as under their hosts. */
export function isInside(node: Node, root: Node): boolean {
  for (let at: Node | null = node; at; at = parentAcrossShadow(at)) {
    if (at === root) return true;
  }
  return false;
}
