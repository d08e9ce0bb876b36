-- CreateTable
CREATE TABLE "KnownFactCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "claimant" TEXT,
    "publisher" TEXT,
    "ratingText" TEXT,
    "datePublished" DATETIME,
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KnownFactCheck_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "KnownFactCheck_workspaceId_url_key" ON "KnownFactCheck"("workspaceId", "url");

-- Full text over the claims other fact-checkers reviewed (hand-written, as SearchEntry_fts): an
-- external-content FTS5 table kept up to date by triggers.
CREATE VIRTUAL TABLE "KnownFactCheck_fts" USING fts5(
    claimReviewed,
    content = 'KnownFactCheck',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "KnownFactCheck_fts_insert" AFTER INSERT ON "KnownFactCheck" BEGIN
    INSERT INTO "KnownFactCheck_fts" (rowid, claimReviewed) VALUES (new."id", new."claimReviewed");
END;

CREATE TRIGGER "KnownFactCheck_fts_delete" AFTER DELETE ON "KnownFactCheck" BEGIN
    INSERT INTO "KnownFactCheck_fts" ("KnownFactCheck_fts", rowid, claimReviewed) VALUES ('delete', old."id", old."claimReviewed");
END;

CREATE TRIGGER "KnownFactCheck_fts_update" AFTER UPDATE OF "claimReviewed" ON "KnownFactCheck" BEGIN
    INSERT INTO "KnownFactCheck_fts" ("KnownFactCheck_fts", rowid, claimReviewed) VALUES ('delete', old."id", old."claimReviewed");
    INSERT INTO "KnownFactCheck_fts" (rowid, claimReviewed) VALUES (new."id", new."claimReviewed");
END;
