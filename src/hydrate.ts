// `import 'qbo-reconnect/hydrate'`: registers every qbo- element so that it takes over what qbo-reconnect/ssr rendered
// (Lit's hydration support first, before any element module loads; the plain elements adopt their shadow roots).
// Import it before anything else from qbo-reconnect; then set the provider's adapter as usual.
import './hydrate-support.js';
import './define.js';
