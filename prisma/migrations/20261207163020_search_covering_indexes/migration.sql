-- DropIndex
DROP INDEX "residence_unit_id_valid_from_valid_to_idx";

-- CreateIndex
CREATE INDEX "person_id_search_name_death_date_idx" ON "person"("id", "search_name", "death_date");

-- CreateIndex
CREATE INDEX "residence_unit_id_valid_from_valid_to_person_id_idx" ON "residence"("unit_id", "valid_from", "valid_to", "person_id");
