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

-- AlterTable (columns added in place: rebuilding the table would drop columns other migrations add)
ALTER TABLE "Workspace" ADD COLUMN "publicSite" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Workspace" ADD COLUMN "organisationName" TEXT;
ALTER TABLE "Workspace" ADD COLUMN "organisationUrl" TEXT;

-- CreateIndex
CREATE INDEX "FinalVerdictCorrection_finalVerdictId_createdAt_idx" ON "FinalVerdictCorrection"("finalVerdictId", "createdAt");

-- CreateIndex
CREATE INDEX "FinalVerdict_workspaceId_published_publishedAt_idx" ON "FinalVerdict"("workspaceId", "published", "publishedAt");
