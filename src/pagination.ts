/**
 * Offset pages (`sessions.list`) and async iteration over them.
 *
 * The server's `next_url` is an absolute URL that may name another host (a proxy's view of it), so the
 * client follows its `offset` and `limit` against its own base URL rather than the URL itself.
 */
import { EverrunsError } from "./errors.js";

/** The envelope of a paged list as the API sends it. */
export interface PageBody<T> {
  data: T[];
  total: number;
  offset: number;
  limit: number;
  next_url?: string;
  prev_url?: string;
}

/** Fetches the page at `offset` / `limit` with the same filters. */
export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

/**
 * One page of a list, with the wire fields (`data`, `total`, `offset`, `limit`, `next_url`, `prev_url`).
 * Iterating a page with `for await` walks its items and those of every later page.
 *
 * @example
 * ```ts
 * let page = await client.sessions.list({ limit: 50 });
 * while (page.hasNextPage()) page = await page.getNextPage();
 * ```
 */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  declare readonly data: T[];
  /** How many items match, across all pages. */
  declare readonly total: number;
  /** How many matching items come before this page. */
  declare readonly offset: number;
  /** The page size asked for. */
  declare readonly limit: number;
  /** Absolute URL of the next page; absent on the last page. */
  declare readonly next_url: string | undefined;
  /** Absolute URL of the previous page; absent on the first page. */
  declare readonly prev_url: string | undefined;
  readonly #fetchPage: FetchPage<T>;

  /** Wraps a page body; `fetchPage` loads another page with the same filters and options. */
  constructor(body: PageBody<T>, fetchPage: FetchPage<T>) {
    Object.assign(this, body);
    this.#fetchPage = fetchPage;
  }

  /** Whether there is a page after this one. */
  hasNextPage(): boolean {
    return !!this.nextPageParams();
  }

  /** The `offset` and `limit` of the next page, read from `next_url`; `undefined` on the last page. */
  nextPageParams(): { offset: number; limit: number } | undefined {
    if (!this.next_url || !this.data.length) return undefined;
    let query: URLSearchParams | undefined;
    try {
      query = new URL(this.next_url).searchParams;
    } catch {
      // A next_url we cannot parse still means "there is more": continue after this page.
    }
    const offset = int(query?.get("offset")) ?? this.offset + this.data.length;
    const limit = int(query?.get("limit")) ?? this.limit;
    // A server that points back at this page must not make iteration loop forever.
    return offset > this.offset ? { offset, limit } : undefined;
  }

  /** Fetches the next page; throws `EverrunsError` on the last page. */
  async getNextPage(): Promise<Page<T>> {
    const next = this.nextPageParams();
    if (!next) throw new EverrunsError("No next page: check hasNextPage() first");
    return this.#fetchPage(next.offset, next.limit);
  }

  /** Walks the items of this page and of every later page, fetching them as needed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* walk<T>(this);
  }
}

/** Yields every item from `first` on; keeps only the current page alive, not the earlier ones. */
export async function* walk<T>(
  first: Page<T> | PromiseLike<Page<T>> | undefined,
): AsyncGenerator<T, void, undefined> {
  let page: Page<T> | undefined = await first;
  first = undefined; // the generator frame would otherwise hold the first page to the end
  for (; page; page = page.hasNextPage() ? await page.getNextPage() : undefined) yield* page.data;
}

function int(value: string | null | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
