import Database from "better-sqlite3";

/** A turn's transaction is committed at once when this many updates and Bot API calls wait for it. */
export const MAX_WAITING = 32;

const RESOLVED = Promise.resolve();
/** Statements that write rows (not BEGIN, COMMIT, SAVEPOINT or a PRAGMA). */
const WRITES = /^\s*(INSERT|UPDATE|DELETE|REPLACE|WITH)\b/i;

/**
 * Group commit: while updates are in hand, the writes made in one turn of the event loop share
 * one IMMEDIATE transaction, committed when the turn ends (or as soon as 32 updates and calls
 * wait for it). A commit is the costly part of a write (the WAL's fsync and locking), and a busy
 * desk handles dozens of updates per turn; one commit for all of them is what makes the inbox's
 * journal affordable.
 *
 * Nothing leaves the process before the writes it follows are committed: every Bot API call and
 * the end of every update wait for `settled()` (see delivery/after-commit.ts and the inbox gate),
 * so a crash loses only work nobody has seen, which the inbox hands over again. The write lock is
 * never held across a network call: the transaction ends with the turn that opened it.
 *
 * Outside the handling of updates (jobs, the dispatcher alone, tests calling the domain) writes
 * commit on their own as before, so another connection never waits for a turn to end.
 */
export class GroupCommit {
  private open = false;
  private inHand = 0;
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly savepoint: Database.Statement;
  private readonly release: Database.Statement;
  private readonly rollbackTo: Database.Statement;
  private readonly endOfTurn = () => this.flush();
  private readonly early = () => {
    if (this.waiters.length >= MAX_WAITING) this.flush();
  };
  /** Commits since the connection was opened (the benchmark counts them per update). */
  commits = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly maxWaiting = MAX_WAITING,
  ) {
    this.begin = sqlite.prepare("BEGIN IMMEDIATE");
    this.commit = sqlite.prepare("COMMIT");
    this.rollback = sqlite.prepare("ROLLBACK");
    this.savepoint = sqlite.prepare('SAVEPOINT "domain"');
    this.release = sqlite.prepare('RELEASE "domain"');
    this.rollbackTo = sqlite.prepare('ROLLBACK TO "domain"');
  }

  /** An update is in hand: from now until `leave`, its writes join the turn's transaction. */
  enter(): void {
    this.inHand++;
  }

  leave(): void {
    this.inHand--;
  }

  /**
   * Every row a statement prepared on this connection from now on writes joins the turn's transaction while updates
   * are in hand, as the domain's transactions do: a write made on its own (the reply journal after a send, the
   * buttons a message offers, a resident's first row) would otherwise commit alone, an fsync of its own on the main
   * thread, two or three per update besides the turn's one; every other update waits through them. Nothing changes
   * for what is written outside the handling of updates, nor inside a transaction of its own (`sqlite.transaction`,
   * which a webhook's journal commits before its 200 — see joinTransaction for the ones that should join too).
   */
  joinWrites(): void {
    const join = () => this.join();
    this.sqlite.prepare = ((source: string) => {
      const statement = this.prepareAlone(source);
      if (statement.readonly || !WRITES.test(source)) return statement;
      for (const method of ["run", "get", "all"] as const) {
        const execute = statement[method] as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          join();
          return execute.apply(statement, args);
        };
      }
      return statement;
    }) as typeof this.sqlite.prepare;
  }

  /**
   * A statement whose write commits at once when no transaction is open, rather than joining the turn's: for what
   * records a fact outside the process that a crash must not forget (the reply journal's "this went to Telegram").
   */
  prepareAlone(source: string): Database.Statement {
    return Database.prototype.prepare.call(this.sqlite, source) as Database.Statement;
  }

  /**
   * A transaction of better-sqlite3 (`sqlite.transaction(fn)`) that joins the turn's transaction while updates are
   * in hand (then a savepoint of it) instead of committing on its own.
   */
  joinTransaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    const transaction = this.sqlite.transaction(fn);
    return (...args: A) => {
      this.join();
      return transaction(...args);
    };
  }

  /** Opens the turn's transaction if updates are in hand and none is open yet. */
  join(): void {
    if (this.open || this.inHand === 0 || this.sqlite.inTransaction) return;
    this.begin.run();
    this.open = true;
    setImmediate(this.endOfTurn);
  }

  /** True while the turn's transaction holds writes not yet committed. */
  get pending(): boolean {
    return this.open;
  }

  /** Resolves once every write made so far is committed (at once if none waits). */
  settled(): Promise<void> {
    if (!this.open) return RESOLVED;
    const promise = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    // Closed early for a crowd, but never from inside a synchronous transaction: after this task.
    if (this.waiters.length >= this.maxWaiting) queueMicrotask(this.early);
    return promise;
  }

  /** Commits the turn's transaction now (before a reply is confirmed to Telegram, a checkpoint, a close). */
  flush(): void {
    if (!this.open) return;
    this.open = false;
    const waiters = this.waiters;
    this.waiters = [];
    // A closed connection is a process that is gone: what waited for its commit never goes out.
    if (!this.sqlite.open) return;
    let failure: unknown;
    try {
      // SQLite rolls a transaction back by itself on some errors (a full disk): nobody may act as if it were saved.
      if (!this.sqlite.inTransaction) throw new Error("the turn's transaction was lost before its commit");
      this.commit.run();
      this.commits++;
    } catch (error) {
      failure = error;
      if (this.sqlite.inTransaction) this.rollback.run();
    }
    for (const w of waiters) failure === undefined ? w.resolve() : w.reject(failure);
  }

  /**
   * The domain's transaction: IMMEDIATE on its own, so the write lock is taken before the first
   * read (two processes cannot both read "one seat left"); a savepoint inside the turn's
   * transaction, which holds that lock already, so a failure undoes only its own writes.
   */
  transaction<T>(fn: () => T): T {
    this.join();
    const nested = this.sqlite.inTransaction;
    if (nested) this.savepoint.run();
    else this.begin.run();
    try {
      const result = fn();
      if (nested) this.release.run();
      else {
        this.commit.run();
        this.commits++;
      }
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction) {
        if (nested) {
          this.rollbackTo.run();
          this.release.run();
        } else this.rollback.run();
      }
      throw error;
    }
  }
}
