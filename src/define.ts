// `import 'qbo-reconnect/define'`: registers every qbo- element (idempotent: a tag already defined is left alone).
import { defineAll } from './elements/registry.js';

defineAll();
