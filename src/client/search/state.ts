/** The search page's state in the URL (?q=…&place=…&<filter>=…): read on load and on Back, written on each search. */
import { parseState, stateToSearch, type SearchState } from '../../search/query';

export function readState(): SearchState {
  return parseState(location.search);
}

/** Puts the state in the URL: a new history entry (push) or in place of the current one. */
export function writeState(state: SearchState, push: boolean): void {
  const url = location.pathname + stateToSearch(state);
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
