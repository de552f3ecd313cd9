/**
 * Sequence bookkeeping per client: what was accepted into the pipeline, what was
 * trained into the model, and what the last checkpoint on disk holds. A named
 * client (Hello.client_id) keeps its entry across reconnects and restarts.
 */
export interface ClientSeqs {
  accepted: number; // highest seq taken into the pipeline
  trained: number; // highest seq whose step has run
  durable: number; // highest seq held by the last checkpoint
  pending: number; // samples accepted but not yet trained
}

export class ClientTable {
  private readonly table = new Map<string, ClientSeqs>();
  private anonymous = 0;

  get(id: string): ClientSeqs {
    let c = this.table.get(id);
    if (c === undefined) {
      c = { accepted: 0, trained: 0, durable: 0, pending: 0 };
      this.table.set(id, c);
    }
    return c;
  }

  /** An id for a connection that did not name itself; forgotten when it closes. */
  anonymousId(): string {
    return `~anon-${++this.anonymous}`;
  }

  forget(id: string): void {
    if (id.startsWith('~anon-')) this.table.delete(id);
  }

  /** The trained seqs of named clients (what a checkpoint stores). */
  trainedSeqs(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, c] of this.table) if (!id.startsWith('~anon-') && c.trained > 0) out[id] = c.trained;
    return out;
  }

  /** After a checkpoint holding `seqs` is safely on disk. */
  markDurable(seqs: Record<string, number>): void {
    for (const [id, seq] of Object.entries(seqs)) {
      const c = this.table.get(id);
      if (c !== undefined && seq > c.durable) c.durable = seq;
    }
  }

  /** Restores from a checkpoint: what it holds is trained and durable; anything later must be resent. */
  restore(seqs: Record<string, number>): void {
    for (const [id, seq] of Object.entries(seqs)) this.table.set(id, { accepted: seq, trained: seq, durable: seq, pending: 0 });
  }
}
