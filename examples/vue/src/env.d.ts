// Types for the qbo- tags in templates (Vue's GlobalComponents), generated from custom-elements.json.
import type {} from 'qbo-reconnect/types/vue';
