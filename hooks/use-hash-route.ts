import { useCallback, useEffect, useState } from 'react';
import { parseHash, type Route } from '@/utils/dashboard/route';

/** The route in the URL hash, and a way to replace it without adding a history entry. */
export function useHashRoute(): [Route, (hash: string) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const replace = useCallback((hash: string) => {
    history.replaceState(history.state, '', hash);
    setRoute(parseHash(hash));
  }, []);
  return [route, replace];
}
