-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "organisationName" TEXT,
ADD COLUMN     "organisationUrl" TEXT,
ADD COLUMN     "publicSite" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "appearanceUrl" TEXT,
ADD COLUMN     "claimDate" TIMESTAMP(3),
ADD COLUMN     "claimantName" TEXT,
ADD COLUMN     "claimantType" TEXT;

-- AlterTable
ALTER TABLE "FinalVerdict" ADD COLUMN     "claimReviewed" TEXT,
ADD COLUMN     "firstPublishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedState" TEXT;

-- CreateTable
CREATE TABLE "FinalVerdictCorrection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "finalVerdictId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinalVerdictCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FinalVerdictCorrection_finalVerdictId_createdAt_idx" ON "FinalVerdictCorrection"("finalVerdictId", "createdAt");

-- CreateIndex
CREATE INDEX "FinalVerdict_workspaceId_published_publishedAt_idx" ON "FinalVerdict"("workspaceId", "published", "publishedAt");

-- AddForeignKey
ALTER TABLE "FinalVerdictCorrection" ADD CONSTRAINT "FinalVerdictCorrection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalVerdictCorrection" ADD CONSTRAINT "FinalVerdictCorrection_finalVerdictId_fkey" FOREIGN KEY ("finalVerdictId") REFERENCES "FinalVerdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;
