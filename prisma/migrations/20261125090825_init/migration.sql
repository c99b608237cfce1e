-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "succession_kind" AS ENUM ('FULL', 'PARTIAL', 'RENAME');

-- CreateEnum
CREATE TYPE "household_type" AS ENUM ('FAMILY', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "household_status" AS ENUM ('ACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "relation_to_head" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'ADOPTED_OR_IN_LAW', 'PARENT', 'GRANDCHILD', 'OTHER');

-- CreateEnum
CREATE TYPE "residence_status" AS ENUM ('PERMANENT', 'TEMPORARILY_ABSENT', 'TEMPORARY_RESIDENT');

-- CreateEnum
CREATE TYPE "marital_status" AS ENUM ('NEVER_MARRIED', 'MARRIED', 'WIDOWED', 'DIVORCED', 'SEPARATED');

-- CreateEnum
CREATE TYPE "education_level" AS ENUM ('NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE');

-- CreateEnum
CREATE TYPE "spell_start" AS ENUM ('INITIAL', 'BIRTH', 'MOVE_IN', 'HOUSEHOLD_CHANGE');

-- CreateEnum
CREATE TYPE "spell_end" AS ENUM ('DEATH', 'MOVE_OUT', 'HOUSEHOLD_CHANGE');

-- CreateEnum
CREATE TYPE "marriage_end" AS ENUM ('DIVORCE', 'DEATH');

-- CreateEnum
CREATE TYPE "contraceptive_method" AS ENUM ('IUD', 'FEMALE_STERILISATION', 'MALE_STERILISATION', 'IMPLANT', 'INJECTABLE', 'PILL', 'CONDOM', 'LACTATIONAL_AMENORRHOEA', 'EMERGENCY_PILL', 'SPERMICIDE', 'CALENDAR', 'WITHDRAWAL');

-- CreateEnum
CREATE TYPE "pregnancy_outcome" AS ENUM ('LIVE_BIRTH', 'STILLBIRTH', 'MISCARRIAGE', 'ABORTION');

-- CreateEnum
CREATE TYPE "change_event_type" AS ENUM ('BIRTH', 'DEATH', 'MOVE_OUT', 'MOVE_IN', 'MARRIAGE', 'DIVORCE', 'CONTRACEPTION_START', 'CONTRACEPTION_STOP', 'CONTRACEPTION_CHANGE', 'PREGNANCY', 'PRENATAL_SCREENING', 'NEWBORN_SCREENING', 'ELDERLY_CHECKUP', 'EDUCATION_CHANGE', 'HOUSEHOLD_SPLIT', 'HOUSEHOLD_MERGE', 'NEW_HOUSEHOLD', 'PERSON_UPDATE');

-- CreateEnum
CREATE TYPE "change_event_status" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "change_event_source" AS ENUM ('ONLINE', 'SLIP', 'IMPORT');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('CENTRAL_OFFICER', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER', 'COLLABORATOR', 'LIST_EXPORTER', 'REPORT_APPROVER', 'PUBLISHER', 'SYSTEM_ADMIN');

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('GENERATED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "admin_unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "urban" BOOLEAN,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "admin_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_succession" (
    "id" SERIAL NOT NULL,
    "predecessor_id" INTEGER NOT NULL,
    "successor_id" INTEGER NOT NULL,
    "kind" "succession_kind" NOT NULL,
    "effective_on" DATE NOT NULL,
    "legal_basis" TEXT,

    CONSTRAINT "unit_succession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "area" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "collaborator_name" TEXT,

    CONSTRAINT "area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "area_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "type" "household_type" NOT NULL DEFAULT 'FAMILY',
    "status" "household_status" NOT NULL DEFAULT 'ACTIVE',
    "established_on" DATE NOT NULL,
    "dissolved_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" INTEGER,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "household_id" INTEGER NOT NULL,
    "full_name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "sex" "sex" NOT NULL,
    "birth_date" DATE NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "education" "education_level" NOT NULL,
    "marital_status" "marital_status" NOT NULL,
    "relation_to_head" "relation_to_head" NOT NULL,
    "residence_status" "residence_status" NOT NULL DEFAULT 'PERMANENT',
    "cccd" TEXT,
    "insurance_number" TEXT,
    "mother_id" INTEGER,
    "father_id" INTEGER,
    "birth_order" INTEGER,
    "death_date" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" INTEGER,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "residence" (
    "id" BIGSERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "household_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "start_reason" "spell_start" NOT NULL,
    "end_reason" "spell_end",
    "origin_unit_id" INTEGER,
    "destination_unit_id" INTEGER,
    "sex" "sex" NOT NULL,
    "birth_date" DATE NOT NULL,
    "start_event_id" BIGINT,

    CONSTRAINT "residence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "marriage" (
    "id" BIGSERIAL NOT NULL,
    "husband_id" INTEGER,
    "wife_id" INTEGER,
    "married_on" DATE NOT NULL,
    "ended_on" DATE,
    "end_reason" "marriage_end",
    "consanguineous" BOOLEAN NOT NULL DEFAULT false,
    "counselled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "marriage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contraceptive_spell" (
    "id" BIGSERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "method" "contraceptive_method" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "contraceptive_spell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pregnancy" (
    "id" BIGSERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "recorded_on" DATE NOT NULL,
    "expected_delivery" DATE,
    "ended_on" DATE,
    "outcome" "pregnancy_outcome",

    CONSTRAINT "pregnancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_event" (
    "id" BIGSERIAL NOT NULL,
    "type" "change_event_type" NOT NULL,
    "status" "change_event_status" NOT NULL DEFAULT 'DRAFT',
    "source" "change_event_source" NOT NULL DEFAULT 'ONLINE',
    "occurred_on" DATE NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "household_id" INTEGER,
    "person_id" INTEGER,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "idempotency_key" TEXT,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by_id" INTEGER,
    "submitted_at" TIMESTAMP(3),
    "verified_at" TIMESTAMP(3),
    "verified_by_id" INTEGER,
    "rejection_reason" TEXT,

    CONSTRAINT "change_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "area_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMP(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "login" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "unit_path" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "form_code" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "report_status" NOT NULL DEFAULT 'GENERATED',
    "snapshot" JSONB,
    "content_hash" TEXT,
    "signature" TEXT,
    "signing_key_id" INTEGER,
    "generated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generated_by_id" INTEGER,
    "approved_at" TIMESTAMP(3),
    "approved_by_id" INTEGER,
    "published_at" TIMESTAMP(3),
    "published_by_id" INTEGER,
    "supersedes_id" INTEGER,
    "correction_reason" TEXT,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signing_key" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "public_key" TEXT NOT NULL,
    "encrypted_private_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "signing_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_unit_path_idx" ON "admin_unit"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "admin_unit_parent_id_idx" ON "admin_unit"("parent_id");

-- CreateIndex
CREATE INDEX "admin_unit_search_name_trgm_idx" ON "admin_unit" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "admin_unit_code_valid_from_key" ON "admin_unit"("code", "valid_from");

-- CreateIndex
CREATE INDEX "unit_succession_successor_id_idx" ON "unit_succession"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_succession_predecessor_id_successor_id_key" ON "unit_succession"("predecessor_id", "successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "area_code_key" ON "area"("code");

-- CreateIndex
CREATE INDEX "area_unit_id_idx" ON "area"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "household_code_key" ON "household"("code");

-- CreateIndex
CREATE INDEX "household_unit_id_status_idx" ON "household"("unit_id", "status");

-- CreateIndex
CREATE INDEX "household_area_id_idx" ON "household"("area_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_cccd_key" ON "person"("cccd");

-- CreateIndex
CREATE INDEX "person_household_id_idx" ON "person"("household_id");

-- CreateIndex
CREATE INDEX "person_mother_id_idx" ON "person"("mother_id");

-- CreateIndex
CREATE INDEX "person_search_name_trgm_idx" ON "person" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "residence_unit_id_valid_from_valid_to_idx" ON "residence"("unit_id", "valid_from", "valid_to");

-- CreateIndex
CREATE INDEX "residence_person_id_valid_from_idx" ON "residence"("person_id", "valid_from");

-- CreateIndex
CREATE INDEX "residence_household_id_valid_to_idx" ON "residence"("household_id", "valid_to");

-- CreateIndex
CREATE INDEX "marriage_wife_id_married_on_idx" ON "marriage"("wife_id", "married_on");

-- CreateIndex
CREATE INDEX "marriage_husband_id_married_on_idx" ON "marriage"("husband_id", "married_on");

-- CreateIndex
CREATE INDEX "marriage_married_on_idx" ON "marriage"("married_on");

-- CreateIndex
CREATE INDEX "contraceptive_spell_person_id_valid_from_idx" ON "contraceptive_spell"("person_id", "valid_from");

-- CreateIndex
CREATE INDEX "contraceptive_spell_valid_from_idx" ON "contraceptive_spell"("valid_from");

-- CreateIndex
CREATE INDEX "pregnancy_person_id_recorded_on_idx" ON "pregnancy"("person_id", "recorded_on");

-- CreateIndex
CREATE UNIQUE INDEX "change_event_idempotency_key_key" ON "change_event"("idempotency_key");

-- CreateIndex
CREATE INDEX "change_event_unit_id_occurred_on_idx" ON "change_event"("unit_id", "occurred_on");

-- CreateIndex
CREATE INDEX "change_event_unit_id_status_idx" ON "change_event"("unit_id", "status");

-- CreateIndex
CREATE INDEX "change_event_person_id_idx" ON "change_event"("person_id");

-- CreateIndex
CREATE INDEX "change_event_type_occurred_on_idx" ON "change_event"("type", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_login_key" ON "app_user"("login");

-- CreateIndex
CREATE INDEX "login_attempt_login_at_idx" ON "login_attempt"("login", "at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_at_idx" ON "login_attempt"("ip", "at");

-- CreateIndex
CREATE INDEX "audit_log_unit_path_at_idx" ON "audit_log"("unit_path" text_pattern_ops, "at");

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "audit_log"("user_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_supersedes_id_key" ON "report"("supersedes_id");

-- CreateIndex
CREATE INDEX "report_unit_id_period_idx" ON "report"("unit_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "report_form_code_unit_id_period_version_key" ON "report"("form_code", "unit_id", "period", "version");

-- CreateIndex
CREATE INDEX "signing_key_unit_id_idx" ON "signing_key"("unit_id");

-- AddForeignKey
ALTER TABLE "admin_unit" ADD CONSTRAINT "admin_unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "admin_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_succession" ADD CONSTRAINT "unit_succession_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_succession" ADD CONSTRAINT "unit_succession_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "area" ADD CONSTRAINT "area_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_mother_id_fkey" FOREIGN KEY ("mother_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_father_id_fkey" FOREIGN KEY ("father_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "residence" ADD CONSTRAINT "residence_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "residence" ADD CONSTRAINT "residence_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marriage" ADD CONSTRAINT "marriage_husband_id_fkey" FOREIGN KEY ("husband_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marriage" ADD CONSTRAINT "marriage_wife_id_fkey" FOREIGN KEY ("wife_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contraceptive_spell" ADD CONSTRAINT "contraceptive_spell_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pregnancy" ADD CONSTRAINT "pregnancy_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_signing_key_id_fkey" FOREIGN KEY ("signing_key_id") REFERENCES "signing_key"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signing_key" ADD CONSTRAINT "signing_key_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "admin_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
