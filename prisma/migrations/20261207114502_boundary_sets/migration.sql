-- CreateTable
CREATE TABLE "boundary_set" (
    "id" SERIAL NOT NULL,
    "tree" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "topology" TEXT NOT NULL,
    "unit_count" INTEGER NOT NULL,
    "source_name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by_id" INTEGER,
    "imported_by_name" TEXT NOT NULL,

    CONSTRAINT "boundary_set_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "boundary_set_tree_level_key" ON "boundary_set"("tree", "level");
