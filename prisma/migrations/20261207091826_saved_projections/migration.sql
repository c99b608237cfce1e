-- CreateTable
CREATE TABLE "saved_projection" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "base_year" INTEGER NOT NULL,
    "horizon" INTEGER NOT NULL,
    "scenario" TEXT NOT NULL,
    "overrides" JSONB NOT NULL,
    "inputs" JSONB NOT NULL,
    "years" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" INTEGER,
    "created_by_name" TEXT NOT NULL,

    CONSTRAINT "saved_projection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_projection_unit_id_created_at_idx" ON "saved_projection"("unit_id", "created_at");

-- AddForeignKey
ALTER TABLE "saved_projection" ADD CONSTRAINT "saved_projection_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
