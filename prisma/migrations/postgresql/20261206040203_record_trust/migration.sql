-- DropIndex
DROP INDEX "Claim_workspaceId_importKey_key";

-- DropIndex
DROP INDEX "Note_workspaceId_importKey_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'account';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "restoringAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "needsReviewReason" TEXT,
ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "provenance" TEXT;

-- AlterTable
ALTER TABLE "FinalVerdict" ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "publishedExact" TEXT;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "imported" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TrashItem" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT,
    "claimId" TEXT,
    "label" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "deletedById" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purgeAfter" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrashItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrashItem_entityId_key" ON "TrashItem"("entityId");

-- CreateIndex
CREATE INDEX "TrashItem_workspaceId_deletedAt_idx" ON "TrashItem"("workspaceId", "deletedAt");

-- CreateIndex
CREATE INDEX "TrashItem_purgeAfter_idx" ON "TrashItem"("purgeAfter");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_articleId_importKey_key" ON "Claim"("articleId", "importKey");

-- CreateIndex
CREATE UNIQUE INDEX "Note_claimId_importKey_key" ON "Note"("claimId", "importKey");

-- AddForeignKey
ALTER TABLE "TrashItem" ADD CONSTRAINT "TrashItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrashItem" ADD CONSTRAINT "TrashItem_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
