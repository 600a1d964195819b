/** Where the generated collections live (written by scripts/lib/normalize-stream.ts; see src/content.config.ts). */
export const GENERATED_DIR = process.env.PORTAL_GENERATED_DIR ?? '.generated';
