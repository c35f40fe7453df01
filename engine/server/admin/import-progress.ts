// How far the imports under way (and the last few finished) have got, for whoever started them:
// an import request may name itself (header x-ssc-import-id), and GET /admin/imports/{id}/progress
// answers its bytes read of the spooled upload, rows read and rows rejected. In memory, bounded;
// an engine restart forgets it (the import's report is the record).

export interface ImportProgress {
  staffId: string;
  kind: string;
  bytesTotal: number;
  bytesRead: number;
  rows: number;
  rejected: number;
  done: boolean;
}

/** Imports remembered at most; the oldest finished one is forgotten first. */
const importsRememberedMax = 64;
export const importIdShape = /^[A-Za-z0-9_-]{8,40}$/;

export class ImportProgressBoard {
  private readonly byId = new Map<string, ImportProgress>();

  /** A new import under `id` (false: the id is taken, or the board is full of imports under way). */
  start(id: string, staffId: string, kind: string, bytesTotal: number): boolean {
    if (this.byId.has(id)) return false;
    if (this.byId.size >= importsRememberedMax) {
      const finished = [...this.byId].find(([, p]) => p.done);
      if (finished === undefined) return false;
      this.byId.delete(finished[0]);
    }
    this.byId.set(id, { staffId, kind, bytesTotal, bytesRead: 0, rows: 0, rejected: 0, done: false });
    return true;
  }

  update(id: string, bytesRead: number, rows: number, rejected: number): void {
    const p = this.byId.get(id);
    if (p === undefined) return;
    p.bytesRead = bytesRead;
    p.rows = rows;
    p.rejected = rejected;
  }

  /** The import ended (its report answered, or it failed). */
  finish(id: string): void {
    const p = this.byId.get(id);
    if (p !== undefined) p.done = true;
  }

  /** The import's progress as its starter sees it (anyone else: undefined, as for an unknown id). */
  of(id: string, staffId: string): ImportProgress | undefined {
    const p = this.byId.get(id);
    return p === undefined || p.staffId !== staffId ? undefined : p;
  }
}
