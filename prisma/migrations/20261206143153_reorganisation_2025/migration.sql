-- CreateEnum
CREATE TYPE "readdress_rule" AS ENUM ('SOLE_SUCCESSOR', 'SHARE', 'IMPORTED');

-- AlterEnum
ALTER TYPE "spell_start" ADD VALUE 'REORGANISATION';

-- AlterEnum
ALTER TYPE "spell_end" ADD VALUE 'REORGANISATION';

-- AlterTable
ALTER TABLE "unit_succession" ADD COLUMN     "share" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "residence" ADD COLUMN     "successor_unit_id" INTEGER;

-- AlterTable
ALTER TABLE "change_event" ADD COLUMN     "successor_unit_id" INTEGER;

-- CreateTable
CREATE TABLE "household_readdress" (
    "household_id" INTEGER NOT NULL,
    "effective_on" DATE NOT NULL,
    "from_unit_id" INTEGER NOT NULL,
    "to_unit_id" INTEGER NOT NULL,
    "from_area_id" INTEGER NOT NULL,
    "to_area_id" INTEGER NOT NULL,
    "rule" "readdress_rule" NOT NULL,
    "lived_through" BOOLEAN NOT NULL,

    CONSTRAINT "household_readdress_pkey" PRIMARY KEY ("household_id","effective_on")
);

-- CreateTable
CREATE TABLE "data_step" (
    "name" TEXT NOT NULL,
    "done_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "data_step_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "household_readdress_from_unit_id_idx" ON "household_readdress"("from_unit_id");

-- CreateIndex
CREATE INDEX "household_readdress_to_unit_id_idx" ON "household_readdress"("to_unit_id");

-- AddForeignKey
ALTER TABLE "household_readdress" ADD CONSTRAINT "household_readdress_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
