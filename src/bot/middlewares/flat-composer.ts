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
  private compiled: MiddlewareFn<C> | undefined;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.chain = middleware.map(flatten);
  }

  override middleware(): MiddlewareFn<C> {
    this.compiled ??= sequence(this.chain);
    return this.compiled;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Feature<C>(...middleware);
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
    return this.use((ctx, next) => {
      const matched = predicate(ctx);
      if (matched instanceof Promise) return matched.then((ok) => (ok ? yes : no)(ctx, next));
      return (matched ? yes : no)(ctx, next);
    });
  }
}

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
 */
function sequence<C extends Context>(chain: Array<MiddlewareFn<C>>): MiddlewareFn<C> {
  if (chain.length === 0) return pass;
  if (chain.length === 1) {
    const only = chain[0]!;
    return (ctx, next) => attempt(only, ctx, next);
  }
  return (ctx, next) => {
    const step = (i: number): Promise<void> => (i === chain.length ? next() : attempt(chain[i]!, ctx, () => step(i + 1)));
    return step(0);
  };
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
        await step.run(ctx, cont);
      } catch (error) {
        passed = false;
        await step.handle(new BotError(error, ctx), cont);
      }
      if (!passed) return;
    }
    await next();
  };
}
