-- CreateTable
CREATE TABLE "KnownFactCheck" (
    "id" SERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "claimant" TEXT,
    "publisher" TEXT,
    "ratingText" TEXT,
    "datePublished" TIMESTAMP(3),
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnownFactCheck_workspaceId_url_key" ON "KnownFactCheck"("workspaceId", "url");

-- AddForeignKey
ALTER TABLE "KnownFactCheck" ADD CONSTRAINT "KnownFactCheck_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full text over the claims other fact-checkers reviewed (hand-written, as SearchEntry_body_fts).
CREATE INDEX "KnownFactCheck_claimReviewed_fts" ON "KnownFactCheck" USING GIN (to_tsvector('simple', "claimReviewed"));
