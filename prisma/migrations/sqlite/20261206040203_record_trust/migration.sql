-- DropIndex
DROP INDEX "Claim_workspaceId_importKey_key";

-- DropIndex
DROP INDEX "Note_workspaceId_importKey_key";

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "restoringAt" DATETIME;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "archivedAt" DATETIME;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "needsReviewReason" TEXT;
ALTER TABLE "Claim" ADD COLUMN "provenance" TEXT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "provenance" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "provenance" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "provenance" TEXT;

-- AlterTable
ALTER TABLE "FinalVerdict" ADD COLUMN "provenance" TEXT;
ALTER TABLE "FinalVerdict" ADD COLUMN "publishedExact" TEXT;

-- CreateTable
CREATE TABLE "TrashItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT,
    "claimId" TEXT,
    "label" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "deletedById" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purgeAfter" DATETIME NOT NULL,
    CONSTRAINT "TrashItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrashItem_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "image" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'account',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_User" ("createdAt", "email", "id", "image", "name", "passwordHash", "updatedAt", "version") SELECT "createdAt", "email", "id", "image", "name", "passwordHash", "updatedAt", "version" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "assigneeId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "dueAt" DATETIME,
    "completedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Assignment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("articleId", "assignedById", "assigneeId", "claimId", "completedAt", "createdAt", "dueAt", "id", "workspaceId") SELECT "articleId", "assignedById", "assigneeId", "claimId", "completedAt", "createdAt", "dueAt", "id", "workspaceId" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_assigneeId_createdAt_idx" ON "Assignment"("assigneeId", "createdAt");
CREATE INDEX "Assignment_workspaceId_idx" ON "Assignment"("workspaceId");
CREATE TABLE "new_AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT,
    "claimId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "imported" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditLog" ("action", "actorId", "after", "articleId", "before", "claimId", "createdAt", "entityId", "entityType", "id", "workspaceId") SELECT "action", "actorId", "after", "articleId", "before", "claimId", "createdAt", "entityId", "entityType", "id", "workspaceId" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_workspaceId_id_idx" ON "AuditLog"("workspaceId", "id");
CREATE INDEX "AuditLog_claimId_id_idx" ON "AuditLog"("claimId", "id");
CREATE INDEX "AuditLog_articleId_id_idx" ON "AuditLog"("articleId", "id");
CREATE INDEX "AuditLog_entityId_id_idx" ON "AuditLog"("entityId", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
