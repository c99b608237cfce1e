-- AlterTable
ALTER TABLE "person" ADD COLUMN     "study_deferred_until" DATE;
