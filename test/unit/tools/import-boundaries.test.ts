import { describe, expect, it } from 'vitest';
import { importsOf, layerOf, violations } from '../../../tools/import-boundaries.mjs';

const check = (path: string, text: string) => violations([{ path, text }]) as { path: string; spec: string; why: string }[];

describe('import boundaries', () => {
  it('finds static, type, re-export, side-effect, dynamic and URL imports, in .astro scripts too', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "---\nconst x = 1;\n---\n<script>\n  import '../client/d';\n</script>",
      "const e = await import('./e');",
      "new URL('./f.mjs', import.meta.url);",
      'import {\n  g,\n} from "./g";',
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b', './c', '../client/d', './e', './f.mjs', './g']);
  });

  it('names layers by the folders of src/', () => {
    expect(layerOf('src/views/site/data.ts')).toBe('views');
    expect(layerOf('src/config')).toBe('config.ts');
    expect(layerOf('scripts/build.ts')).toBe(null);
  });

  it('fails an arrow that runs back up', () => {
    expect(check('src/views/site/data.ts', "import X from '../../components/site/X.astro';")).toHaveLength(1);
    expect(check('src/compare/load.ts', "import { allDisclosures } from '../store/collections';")[0].why).toMatch(/compare may not import store/);
    expect(check('src/core/format.ts', "import type { Fact } from '../schema/normalized';")).toHaveLength(1);
    expect(check('src/client/compare/x.ts', "import { build } from '../../build/build-steps';")).toHaveLength(1);
    expect(check('src/client/compare/x.ts', "import { readFileSync } from 'node:fs';")[0].why).toMatch(/browser-safe/);
    expect(check('src/views/site/x.ts', "import { astroBuild } from '../../build/steps/astro-build';")).toHaveLength(1);
    // views read the generated folder through store/, never the build's stages
    for (const stage of ['normalize/key-figures', 'downloads/rows', 'search/records'])
      expect(check('src/views/disclosure/x.ts', `import { y } from '../../${stage}';`)[0].why).toMatch(/views may not import/);
    expect(check('src/normalize/x.ts', "import { synthesize } from '../../tools/synth';")[0].why).toMatch(/never imports tools/);
    expect(check('test/unit/x.test.ts', "import Y from '../../src/pages/index.astro';")).toHaveLength(1);
  });

  it('lets the arrows of the layout through', () => {
    expect(check('src/pages/index.astro', "import Base from '../layouts/Base.astro';\nimport { homeView } from '../views/home/home';")).toEqual([]);
    expect(check('src/components/compare/V.astro', "<script>\n  import '../../client/compare/compare-page';\n</script>")).toEqual([]);
    expect(check('src/views/compare/load.ts', "import { config } from '../../config';\nimport { allDisclosures } from '../../store/collections';")).toEqual([]);
    expect(check('src/build/normalize-slice.ts', "import { failureFile } from '../store/failures';")).toEqual([]);
    expect(check('scripts/build.ts', "import { build } from '../../../src/build/build';")).toEqual([]);
  });
});
