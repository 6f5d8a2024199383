import { BotError, Composer, type Context, type Middleware, type MiddlewareFn, type MiddlewareObj, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;

const RESOLVED: Promise<void> = Promise.resolve();
const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/**
 * grammY's Composer, with the same API and the same order of handlers, run flat.
 *
 * grammY nests every handler it is given in two async closures and tests each filter through `lazy`, which builds a
 * new Composer per update: an update that reaches a feature low in the desk's list (a relay, the fallback) passed
 * some 180 filters that way, and the allocations alone were a fifth of the desk's CPU (bench/, `--cpu-prof`). Here a
 * composer keeps its handlers in a list and an update walks it with one small closure per step; a filter is a plain
 * test (awaited only when it is a promise). What a handler sees — `ctx`, `next`, the order, errors thrown — is
 * unchanged, so features are written as with grammY's Composer.
 */
export class Feature<C extends Context> extends Composer<C> {
  private readonly chain: Array<MiddlewareFn<C>>;
  /** What each entry of `chain` was made from: a branch's composer can be walked past without calling it. */
  private readonly parts: Array<Middleware<C>>;
  private compiled: MiddlewareFn<C> | undefined;
  /** Set on the composer `branch` installs, when it takes only its predicate's matches (a filter). */
  private onlyIf: Filter<C> | undefined;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.parts = [...middleware];
    this.chain = middleware.map(flatten);
  }

  override middleware(): MiddlewareFn<C> {
    this.compiled ??= sequence(this.chain, this.parts.map(branchOf));
    return this.compiled;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Feature<C>(...middleware);
    this.parts.push(composer);
    this.chain.push(flatten(composer));
    this.compiled = undefined;
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Feature<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C> | Array<Middleware<C>>,
    falseMiddleware: Middleware<C> | Array<Middleware<C>>,
  ): Composer<C> {
    const yes = flattenAll(trueMiddleware);
    const no = flattenAll(falseMiddleware);
    const composer = this.use((ctx, next) => {
      const matched = predicate(ctx);
      if (matched instanceof Promise) return matched.then((ok) => (ok ? yes : no)(ctx, next));
      return (matched ? yes : no)(ctx, next);
    }) as Feature<C>;
    if (no === pass) composer.onlyIf = { predicate, yes };
    return composer;
  }

  /**
   * The filter this composer is, if it is one and nothing was added to it since (see `branch`): asked as the walk
   * reaches it, so a handler added after the first update is not walked past.
   */
  asFilter(): Filter<C> | undefined {
    return this.chain.length === 1 ? this.onlyIf : undefined;
  }

  /** Whether this composer was installed by `branch` as a filter. */
  get isFilter(): boolean {
    return this.onlyIf !== undefined;
  }
}

interface Filter<C extends Context> {
  predicate: (ctx: C) => MaybePromise<boolean>;
  yes: MiddlewareFn<C>;
}

/** A part made by `branch` as a filter, which the walk may pass without calling; undefined for any other. */
const branchOf = <C extends Context>(part: Middleware<C>): Feature<C> | undefined => (part instanceof Feature && part.isFilter ? part : undefined);

type Branches<C extends Context> = Array<Feature<C> | undefined>;

function flatten<C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> {
  if (typeof middleware === "function") return middleware;
  const object: MiddlewareObj<C> = middleware;
  return (ctx, next) => object.middleware()(ctx, next);
}

function flattenAll<C extends Context>(middleware: Middleware<C> | Array<Middleware<C>>): MiddlewareFn<C> {
  return Array.isArray(middleware) ? flatten(new Feature<C>(...middleware)) : flatten(middleware);
}

/**
 * The handlers in order, each given the rest as its `next`; one promise for the whole walk, as grammY returns one. Not
 * an async function: a walk that nests features would otherwise add an async frame (and its promises) per level for
 * every update; a handler's synchronous throw still comes back as a rejected promise.
 *
 * A filter (`filters[i]`) is tested where it stands, and one that does not match is walked past in the same loop: an
 * update meets a hundred or more of them on its way through the desk (each feature's commands, buttons and kinds of
 * message), and calling each as a handler made a `next` and a frame for every one (a twentieth of what the desk
 * allocated per update, bench/ with a heap profile) and a stack as deep as the walk.
 */
function sequence<C extends Context>(chain: Array<MiddlewareFn<C>>, filters: Branches<C>): MiddlewareFn<C> {
  if (chain.length === 0) return pass;
  return (ctx, next) => walk(chain, filters, ctx, next, 0);
}

/** The walk from `from` on. No closure in its loop: one there would make a context for every filter walked past. */
function walk<C extends Context>(
  chain: Array<MiddlewareFn<C>>,
  filters: Branches<C>,
  ctx: C,
  next: NextFunction,
  from: number,
): Promise<void> {
  for (let i = from; i < chain.length; i++) {
    const filter = filters[i]?.asFilter();
    if (filter === undefined) return attempt(chain[i]!, ctx, after(chain, filters, ctx, next, i));
    let matched: MaybePromise<boolean>;
    try {
      matched = filter.predicate(ctx);
    } catch (error) {
      return Promise.reject(error);
    }
    if (matched instanceof Promise) return matchedLater(matched, filter.yes, chain, filters, ctx, next, i);
    if (matched) return attempt(filter.yes, ctx, after(chain, filters, ctx, next, i));
  }
  return next();
}

/** The `next` of the handler at `i`: the walk after it. */
function after<C extends Context>(chain: Array<MiddlewareFn<C>>, filters: Branches<C>, ctx: C, next: NextFunction, i: number): NextFunction {
  return () => walk(chain, filters, ctx, next, i + 1);
}

function matchedLater<C extends Context>(
  matched: Promise<boolean>,
  yes: MiddlewareFn<C>,
  chain: Array<MiddlewareFn<C>>,
  filters: Branches<C>,
  ctx: C,
  next: NextFunction,
  i: number,
): Promise<void> {
  return matched.then((ok) => (ok ? attempt(yes, ctx, after(chain, filters, ctx, next, i)) : walk(chain, filters, ctx, next, i + 1)));
}

/** A handler's run as a promise (its value is never read: grammY's middleware returns nothing), a throw as a rejection. */
function attempt<C extends Context>(handler: MiddlewareFn<C>, ctx: C, next: NextFunction): Promise<void> {
  try {
    const result = handler(ctx, next);
    return result instanceof Promise ? (result as Promise<void>) : RESOLVED;
  } catch (error) {
    return Promise.reject(error);
  }
}

/** A part of the desk behind its own error boundary, so a failure is logged with its name. */
export interface NamedFeature<C extends Context> {
  name: string;
  middleware: Middleware<C>;
}

/**
 * The desk's features in order, each behind its own error boundary, walked in a loop: what grammY's `errorBoundary`
 * per feature does (a feature that does not call `next` ends the update; one that throws is reported under its name
 * and ends it too, unless its handler calls `next`), without nesting one async frame per feature for every update.
 */
export function boundedInOrder<C extends Context>(
  features: Array<NamedFeature<C>>,
  onError: (name: string) => (error: BotError<C>, next: NextFunction) => unknown,
): MiddlewareFn<C> {
  const steps = features.map((f) => ({ run: flatten(f.middleware), handle: onError(f.name) }));
  return async (ctx, next) => {
    let passed = false;
    const cont: NextFunction = () => {
      passed = true;
      return RESOLVED;
    };
    for (const step of steps) {
      passed = false;
      try {
        // A feature none of whose handlers took the update passed it on at once: nothing to wait for (an await per
        // feature was a microtask and its promises for each of the twenty-odd features an update passes).
        const ran = step.run(ctx, cont);
        if (ran !== RESOLVED) await ran;
      } catch (error) {
        passed = false;
        await step.handle(new BotError(error, ctx), cont);
      }
      if (!passed) return;
    }
    await next();
  };
}
