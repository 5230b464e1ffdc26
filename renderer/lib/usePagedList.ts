import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Input, Output } from '../../api/contract';
import type { Page } from '../../core/types';
import { call } from './api';
import { useDataVersion } from './useDataChanged';

/** The list channels: they answer a Page and take a keyset cursor. */
export type PagedChannel =
  'clients.list' | 'cases.list' | 'listings.list' | 'queue.list' | 'agenda.list' | 'history.list';
export type ItemOf<C extends PagedChannel> = Output<C> extends Page<infer T> ? T : never;
export type PageQuery<C extends PagedChannel> = Omit<Input<C>, 'cursor'>;

interface State<C extends PagedChannel> {
  key: string;
  items: ItemOf<C>[];
  nextCursor: string | null;
  /** The first page's whole answer: what a channel says beside its items. */
  first?: Output<C>;
  error?: ApiError;
}

/**
 * A keyset-paged list: the first page loads when the query changes (or data changes
 * in the backend), `loadMore()` appends the next page. Answers to an outdated query are
 * dropped, so typing fast in a search box never shows the results of an older search.
 */
export function usePagedList<C extends PagedChannel>(channel: C, query: PageQuery<C>) {
  const queryKey = JSON.stringify(query);
  const dataVersion = useDataVersion();
  const key = `${channel}|${queryKey}|${dataVersion}`;
  const [state, setState] = useState<State<C>>({ key: '', items: [], nextCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const latestKey = useRef(key);
  const moreInFlight = useRef(false);

  useEffect(() => {
    latestKey.current = key;
    let current = true;
    void call(channel, JSON.parse(queryKey) as Input<C>).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { key, ...(result.value as Page<ItemOf<C>>), first: result.value }
          : { key, items: [], nextCursor: null, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, queryKey, key]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.key !== key || moreInFlight.current) return;
    moreInFlight.current = true;
    setLoadingMore(true);
    const input = { ...(JSON.parse(queryKey) as object), cursor } as Input<C>;
    void call(channel, input).then((result) => {
      moreInFlight.current = false;
      setLoadingMore(false);
      if (latestKey.current !== key) return;
      setState((s) => {
        if (s.key !== key || s.nextCursor !== cursor) return s;
        if (!result.ok) return { ...s, error: result.error };
        const page = result.value as Page<ItemOf<C>>;
        return { ...s, items: [...s.items, ...page.items], nextCursor: page.nextCursor };
      });
    });
  }, [channel, queryKey, key, state.key, state.nextCursor]);

  return {
    items: state.items,
    /** The first page's answer (kept while the next query loads), or undefined before it. */
    first: state.first,
    hasMore: state.nextCursor !== null,
    /** True until the first page of the current query has arrived. */
    loading: state.key !== key,
    loadingMore,
    error: state.error,
    loadMore,
  };
}
