-- AlterTable (a column added in place: rebuilding the table would drop columns other migrations add)
ALTER TABLE "Workspace" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;
