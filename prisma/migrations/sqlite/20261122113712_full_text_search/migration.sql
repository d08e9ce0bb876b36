-- Full-text search over SearchEntry.body with SQLite's FTS5 (external content: the text is stored
-- once, in SearchEntry; the index follows it through triggers). Hand-written: Prisma's schema
-- language cannot describe virtual tables.
CREATE VIRTUAL TABLE "SearchEntry_fts" USING fts5(
    body,
    content = 'SearchEntry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchEntry_fts_insert" AFTER INSERT ON "SearchEntry" BEGIN
    INSERT INTO "SearchEntry_fts" (rowid, body) VALUES (new."id", new."body");
END;

CREATE TRIGGER "SearchEntry_fts_delete" AFTER DELETE ON "SearchEntry" BEGIN
    INSERT INTO "SearchEntry_fts" ("SearchEntry_fts", rowid, body) VALUES ('delete', old."id", old."body");
END;

CREATE TRIGGER "SearchEntry_fts_update" AFTER UPDATE OF "body" ON "SearchEntry" BEGIN
    INSERT INTO "SearchEntry_fts" ("SearchEntry_fts", rowid, body) VALUES ('delete', old."id", old."body");
    INSERT INTO "SearchEntry_fts" (rowid, body) VALUES (new."id", new."body");
END;
