-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "familyId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_familyId_idx" ON "Claim"("familyId");
