-- Full-text search over SearchEntry.body with PostgreSQL's text search: a GIN index on the
-- tsvector of the body. The 'simple' configuration (no stemming) matches SQLite's unicode61
-- tokenizer, so both databases find the same entries. Hand-written: Prisma cannot express it.
CREATE INDEX "SearchEntry_body_fts" ON "SearchEntry" USING GIN (to_tsvector('simple', "body"));
