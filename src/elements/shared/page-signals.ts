// The real page's return signals for the core's freshness watch: visible again after being hidden, or focused.
import type { PageSignals } from '../../core/freshness.js';

export function pageSignals(doc: Document): PageSignals {
  const view = doc.defaultView;
  return {
    onReturn(listener) {
      const onVisibility = () => {
        if (doc.visibilityState === 'visible') listener();
      };
      doc.addEventListener('visibilitychange', onVisibility);
      view?.addEventListener('focus', listener);
      return () => {
        doc.removeEventListener('visibilitychange', onVisibility);
        view?.removeEventListener('focus', listener);
      };
    },
    isHidden: () => doc.visibilityState === 'hidden',
    now: () => Date.now(),
  };
}
