-- AlterTable
ALTER TABLE "saved_projection" ADD COLUMN     "report_id" INTEGER;

-- CreateIndex
CREATE INDEX "saved_projection_report_id_idx" ON "saved_projection"("report_id");

-- AddForeignKey
ALTER TABLE "saved_projection" ADD CONSTRAINT "saved_projection_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
