-- CreateIndex
CREATE INDEX "Verdict_ratingId_idx" ON "Verdict"("ratingId");

-- CreateIndex
CREATE INDEX "FinalVerdict_ratingId_idx" ON "FinalVerdict"("ratingId");
