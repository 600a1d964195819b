/** `npm run build`: the whole pipeline (src/build/build.ts) into dist/. */
import { build } from '../src/build/build';

await build();
