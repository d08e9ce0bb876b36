-- CreateIndex
CREATE INDEX "AuditLog_entityId_id_idx" ON "AuditLog"("entityId", "id");
