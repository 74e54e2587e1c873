/**
 * Clusters: in this genre many members start from the same 范文, so a
 * collection of 1,000 holds groups of hundreds of near-copies. Listing each
 * group once ("these 230 share most of 范文 X / of 张三's text") says more
 * than hundreds of thousands of pairs.
 *
 * Each submission over the threshold points at its strongest source, and
 * at the others of its strongest five that hold most of it (over half):
 * copies of one 范文 meet through them, while a text half from X and half
 * from Y joins only one group. A group's source is the text most of
 * its members point at, a 范文 first.
 */
export interface ClusterMember {
  id: string;
  name: string;
  /** Share of this member found in the group's source (its strongest source when that is another member). */
  share: number;
}

export interface SimilarityCluster {
  sourceId: string;
  sourceName: string;
  sourceKind: 'submission' | 'reference';
  /** The members other than the source, largest share first. */
  members: ClusterMember[];
}

/** "Most of" a text: a source holding over half of it links it into the source's group. */
const MOST = 0.5;

interface ClusterRow {
  id: string;
  name: string;
  share: number;
  sources: readonly { id: string; name: string; kind: 'submission' | 'reference'; share: number }[];
}

export function clustersOf(rows: readonly ClusterRow[], threshold: number): SimilarityCluster[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    parent.set(id, at);
    return at;
  };
  const names = new Map<string, { name: string; kind: 'submission' | 'reference' }>();
  const pointedAt = new Map<string, number>();
  for (const row of rows) {
    names.set(row.id, { name: row.name, kind: 'submission' });
    if (!parent.has(row.id)) parent.set(row.id, row.id);
  }
  const linkAbove = Math.max(threshold, MOST);
  for (const row of rows) {
    for (const [rank, source] of row.sources.entries()) {
      if (source.share <= (rank === 0 ? threshold : linkAbove)) continue;
      if (!parent.has(source.id)) parent.set(source.id, source.id);
      names.set(source.id, { name: source.name, kind: source.kind });
      pointedAt.set(source.id, (pointedAt.get(source.id) ?? 0) + 1);
      parent.set(root(row.id), root(source.id));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const group = groups.get(root(id));
    if (group) group.push(id);
    else groups.set(root(id), [id]);
  }
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const clusters: SimilarityCluster[] = [];
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const rank = (id: string): number => (pointedAt.get(id) ?? 0) * 2 + (names.get(id)?.kind === 'reference' ? 1 : 0);
    const source = ids.reduce((best, id) => (rank(id) > rank(best) ? id : best));
    const members = ids
      .filter((id) => id !== source)
      .map((id): ClusterMember => {
        const row = rowById.get(id);
        const direct = row?.sources.find((s) => s.id === source) ?? row?.sources[0];
        return { id, name: row?.name ?? id, share: direct?.share ?? 0 };
      })
      .sort((p, q) => q.share - p.share);
    const { name, kind } = names.get(source) ?? { name: source, kind: 'submission' as const };
    clusters.push({ sourceId: source, sourceName: name, sourceKind: kind, members });
  }
  return clusters.sort((p, q) => q.members.length - p.members.length);
}

/** "这 230 份稿件大部分与参考范文“X”相同" for the report and the page. */
export function clusterSentence(cluster: SimilarityCluster): string {
  const source = cluster.sourceKind === 'reference' ? `参考范文“${cluster.sourceName}”` : `“${cluster.sourceName}”的稿件`;
  return `${cluster.members.length} 份稿件大量与${source}相同`;
}
