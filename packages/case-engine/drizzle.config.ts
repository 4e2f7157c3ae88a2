import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from src/sqlite/schema.ts; they are applied by openDatabase() at run time.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/sqlite/schema.ts',
  out: './drizzle/sqlite',
});
