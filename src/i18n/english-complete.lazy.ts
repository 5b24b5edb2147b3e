// For the drop-in's later chunks (later-chunk.ts, dialogs.ts): brings the later English texts (dialogs, tabs, banner,
// lifecycle) into the table its first part started with. Called before the elements that show them are defined.
import { laterStrings } from './english-later.js';
import { provideLaterEnglish } from './locale-tables.lazy.js';

export function completeEnglish(): void {
  provideLaterEnglish(laterStrings);
}
