-- Sessions that can be ended (sign-out, password change or reset end every session of the
-- user) and one-time codes from administrators, replaced by the user at first sign-in.
-- Existing accounts keep their password as their own (no code pending).
-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "one_time_code_until" TIMESTAMPTZ(3);
