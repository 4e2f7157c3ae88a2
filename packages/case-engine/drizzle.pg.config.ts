import { defineConfig } from 'drizzle-kit';

// Generates PostgreSQL migrations from src/pg/schema.ts (`npm run db:generate:pg -w @festplatz/case-engine`);
// they are applied by openPgDatabase() at run time. The SQLite config is drizzle.config.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/pg/schema.ts',
  out: './drizzle/pg',
});
