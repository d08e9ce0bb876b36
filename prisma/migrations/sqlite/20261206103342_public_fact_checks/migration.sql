-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "appearanceUrl" TEXT;
ALTER TABLE "Claim" ADD COLUMN "claimDate" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "claimantName" TEXT;
ALTER TABLE "Claim" ADD COLUMN "claimantType" TEXT;

-- AlterTable
ALTER TABLE "FinalVerdict" ADD COLUMN "claimReviewed" TEXT;
ALTER TABLE "FinalVerdict" ADD COLUMN "firstPublishedAt" DATETIME;
ALTER TABLE "FinalVerdict" ADD COLUMN "publishedState" TEXT;

-- CreateTable
CREATE TABLE "FinalVerdictCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "finalVerdictId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FinalVerdictCorrection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FinalVerdictCorrection_finalVerdictId_fkey" FOREIGN KEY ("finalVerdictId") REFERENCES "FinalVerdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "blindReview" BOOLEAN NOT NULL DEFAULT true,
    "publicSite" BOOLEAN NOT NULL DEFAULT false,
    "organisationName" TEXT,
    "organisationUrl" TEXT,
    "restoringAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_Workspace" ("blindReview", "createdAt", "id", "name", "restoringAt", "slug", "updatedAt", "version") SELECT "blindReview", "createdAt", "id", "name", "restoringAt", "slug", "updatedAt", "version" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FinalVerdictCorrection_finalVerdictId_createdAt_idx" ON "FinalVerdictCorrection"("finalVerdictId", "createdAt");

-- CreateIndex
CREATE INDEX "FinalVerdict_workspaceId_published_publishedAt_idx" ON "FinalVerdict"("workspaceId", "published", "publishedAt");
