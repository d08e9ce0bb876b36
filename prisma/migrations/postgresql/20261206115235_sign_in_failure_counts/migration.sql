-- CreateTable
CREATE TABLE "SignInFailureCount" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInFailureCount_pkey" PRIMARY KEY ("key")
);
