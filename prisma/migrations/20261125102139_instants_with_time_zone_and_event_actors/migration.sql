-- Instants become timestamptz. Prisma wrote them as UTC without a zone: say so, so that
-- the conversion does not depend on the server's time zone.
-- AlterTable
ALTER TABLE "household" ALTER COLUMN "updated_at" SET DATA TYPE TIMESTAMPTZ(3) USING "updated_at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "person" ALTER COLUMN "updated_at" SET DATA TYPE TIMESTAMPTZ(3) USING "updated_at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "change_event" ADD COLUMN     "rejected_at" TIMESTAMPTZ(3),
ADD COLUMN     "rejected_by_id" INTEGER,
ADD COLUMN     "submitted_by_id" INTEGER,
ALTER COLUMN "recorded_at" SET DATA TYPE TIMESTAMPTZ(3) USING "recorded_at" AT TIME ZONE 'UTC',
ALTER COLUMN "submitted_at" SET DATA TYPE TIMESTAMPTZ(3) USING "submitted_at" AT TIME ZONE 'UTC',
ALTER COLUMN "verified_at" SET DATA TYPE TIMESTAMPTZ(3) USING "verified_at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "app_user" ALTER COLUMN "created_at" SET DATA TYPE TIMESTAMPTZ(3) USING "created_at" AT TIME ZONE 'UTC',
ALTER COLUMN "last_login_at" SET DATA TYPE TIMESTAMPTZ(3) USING "last_login_at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "login_attempt" ALTER COLUMN "at" SET DATA TYPE TIMESTAMPTZ(3) USING "at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "audit_log" ALTER COLUMN "at" SET DATA TYPE TIMESTAMPTZ(3) USING "at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "report" ALTER COLUMN "generated_at" SET DATA TYPE TIMESTAMPTZ(3) USING "generated_at" AT TIME ZONE 'UTC',
ALTER COLUMN "approved_at" SET DATA TYPE TIMESTAMPTZ(3) USING "approved_at" AT TIME ZONE 'UTC',
ALTER COLUMN "published_at" SET DATA TYPE TIMESTAMPTZ(3) USING "published_at" AT TIME ZONE 'UTC';

-- AlterTable
ALTER TABLE "signing_key" ALTER COLUMN "created_at" SET DATA TYPE TIMESTAMPTZ(3) USING "created_at" AT TIME ZONE 'UTC',
ALTER COLUMN "revoked_at" SET DATA TYPE TIMESTAMPTZ(3) USING "revoked_at" AT TIME ZONE 'UTC';

-- CreateIndex
CREATE INDEX "residence_destination_unit_id_idx" ON "residence"("destination_unit_id");

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_rejected_by_id_fkey" FOREIGN KEY ("rejected_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
