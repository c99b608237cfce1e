-- CreateTable
CREATE TABLE "kept_counts" (
    "key" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "snapshot" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kept_counts_pkey" PRIMARY KEY ("key","period_start","period_end")
);

-- CreateTable
CREATE TABLE "register_change" (
    "id" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "from_date" DATE,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "register_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "register_change_at_idx" ON "register_change"("at");

-- Which days' counts a statement on the register may change, for the kept base counts
-- (packages/db/src/stats/kept-counts.ts): every statement that changes what the
-- statistics engine reads logs its transaction and the first day whose counts it may
-- change (NULL: any day). A kept row is read only while no change it did not see (not
-- visible in its snapshot) starts on or before its period's end. Closing a spell today
-- (a death, a move out) only changes today onwards, so the closed periods stay kept; a
-- birth verified late, dated last month, makes every kept period ending since stale.
-- These are triggers, which schema.prisma does not describe (see the drift test).

CREATE FUNCTION register_changed_from(first_day date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO register_change (xid, from_date) VALUES (pg_current_xact_id()::text::bigint, first_day)
$$;

-- Residence spells and contraceptive spells: a spell's end only changes the days from it on.
CREATE FUNCTION residence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE first_day date; hit boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT min(valid_from), count(*) > 0 INTO first_day, hit FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT min(valid_from), count(*) > 0 INTO first_day, hit FROM old_rows;
  ELSE
    SELECT min(CASE WHEN (o.person_id, o.unit_id, o.valid_from, o.start_reason, o.sex, o.birth_date, o.origin_unit_id, o.successor_unit_id)
                         IS NOT DISTINCT FROM (n.person_id, n.unit_id, n.valid_from, n.start_reason, n.sex, n.birth_date, n.origin_unit_id, n.successor_unit_id)
                    THEN least(coalesce(o.valid_to, 'infinity'), coalesce(n.valid_to, 'infinity'))
                    ELSE least(o.valid_from, n.valid_from) END), count(*) > 0
      INTO first_day, hit
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.person_id, o.unit_id, o.valid_from, o.valid_to, o.start_reason, o.end_reason, o.sex, o.birth_date,
            o.origin_unit_id, o.destination_unit_id, o.successor_unit_id)
           IS DISTINCT FROM (n.person_id, n.unit_id, n.valid_from, n.valid_to, n.start_reason, n.end_reason, n.sex, n.birth_date,
            n.origin_unit_id, n.destination_unit_id, n.successor_unit_id);
  END IF;
  IF hit THEN PERFORM register_changed_from(first_day); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION contraceptive_spell_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE first_day date; hit boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT min(valid_from), count(*) > 0 INTO first_day, hit FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT min(valid_from), count(*) > 0 INTO first_day, hit FROM old_rows;
  ELSE
    SELECT min(CASE WHEN (o.person_id, o.method, o.valid_from) IS NOT DISTINCT FROM (n.person_id, n.method, n.valid_from)
                    THEN least(coalesce(o.valid_to, 'infinity'), coalesce(n.valid_to, 'infinity'))
                    ELSE least(o.valid_from, n.valid_from) END), count(*) > 0
      INTO first_day, hit
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.person_id, o.method, o.valid_from, o.valid_to) IS DISTINCT FROM (n.person_id, n.method, n.valid_from, n.valid_to);
  END IF;
  IF hit THEN PERFORM register_changed_from(first_day); END IF;
  RETURN NULL;
END $$;

-- Households: counted from their establishment to their dissolution.
CREATE FUNCTION household_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE first_day date; hit boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT min(established_on), count(*) > 0 INTO first_day, hit FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT min(established_on), count(*) > 0 INTO first_day, hit FROM old_rows;
  ELSE
    SELECT min(CASE WHEN (o.unit_id, o.type, o.established_on) IS NOT DISTINCT FROM (n.unit_id, n.type, n.established_on)
                    THEN least(coalesce(o.dissolved_on, 'infinity'), coalesce(n.dissolved_on, 'infinity'))
                    ELSE least(o.established_on, n.established_on) END), count(*) > 0
      INTO first_day, hit
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.unit_id, o.type, o.established_on, o.dissolved_on) IS DISTINCT FROM (n.unit_id, n.type, n.established_on, n.dissolved_on);
  END IF;
  IF hit THEN PERFORM register_changed_from(first_day); END IF;
  RETURN NULL;
END $$;

-- Verified events count on their date; drafts, submissions and rejections count nowhere.
CREATE FUNCTION change_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE first_day date; hit boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT min(occurred_on), count(*) > 0 INTO first_day, hit FROM new_rows WHERE status = 'VERIFIED';
  ELSIF TG_OP = 'DELETE' THEN SELECT min(occurred_on), count(*) > 0 INTO first_day, hit FROM old_rows WHERE status = 'VERIFIED';
  ELSE
    SELECT min(least(o.occurred_on, n.occurred_on)), count(*) > 0 INTO first_day, hit
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.status = 'VERIFIED' OR n.status = 'VERIFIED')
       AND (o.type, o.status, o.occurred_on, o.unit_id, o.successor_unit_id, o.person_id, o.payload)
           IS DISTINCT FROM (n.type, n.status, n.occurred_on, n.unit_id, n.successor_unit_id, n.person_id, n.payload);
  END IF;
  IF hit THEN PERFORM register_changed_from(first_day); END IF;
  RETURN NULL;
END $$;

-- Marriages: the married women on a day, and the flags of the marriage events (any day).
CREATE FUNCTION marriage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE first_day date; hit boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT min(married_on), count(*) > 0 INTO first_day, hit FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT NULL::date, count(*) > 0 INTO first_day, hit FROM old_rows;
  ELSE
    SELECT CASE WHEN bool_or((o.consanguineous, o.counselled) IS DISTINCT FROM (n.consanguineous, n.counselled)) THEN NULL
                ELSE min(CASE WHEN (o.wife_id, o.married_on) IS NOT DISTINCT FROM (n.wife_id, n.married_on)
                              THEN least(coalesce(o.ended_on, 'infinity'), coalesce(n.ended_on, 'infinity'))
                              ELSE least(o.married_on, n.married_on) END) END, count(*) > 0
      INTO first_day, hit
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.wife_id, o.married_on, o.ended_on, o.consanguineous, o.counselled) IS DISTINCT FROM (n.wife_id, n.married_on, n.ended_on, n.consanguineous, n.counselled);
  END IF;
  IF hit THEN PERFORM register_changed_from(first_day); END IF;
  RETURN NULL;
END $$;

-- What the engine reads of a person (birth order, mother, her birth date, sex) is the same
-- on every day: a correction may change any period.
CREATE FUNCTION person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.birth_date, o.birth_order, o.mother_id, o.sex) IS DISTINCT FROM (n.birth_date, n.birth_order, n.mother_id, n.sex)) THEN
    PERFORM register_changed_from(NULL);
  END IF;
  RETURN NULL;
END $$;

-- Units, successions and re-addressing (when a row changed: the server's start inserts the
-- reference units with ON CONFLICT DO NOTHING), and any emptied table: any day.
CREATE FUNCTION register_rows_changed_any_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows) THEN PERFORM register_changed_from(NULL); END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
    PERFORM register_changed_from(NULL);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION register_changed_any_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM register_changed_from(NULL);
  RETURN NULL;
END $$;

CREATE TRIGGER residence_inserted AFTER INSERT ON "residence" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION residence_changed();
CREATE TRIGGER residence_updated AFTER UPDATE ON "residence" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION residence_changed();
CREATE TRIGGER residence_deleted AFTER DELETE ON "residence" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION residence_changed();
CREATE TRIGGER contraceptive_spell_inserted AFTER INSERT ON "contraceptive_spell" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contraceptive_spell_changed();
CREATE TRIGGER contraceptive_spell_updated AFTER UPDATE ON "contraceptive_spell" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contraceptive_spell_changed();
CREATE TRIGGER contraceptive_spell_deleted AFTER DELETE ON "contraceptive_spell" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION contraceptive_spell_changed();
CREATE TRIGGER household_inserted AFTER INSERT ON "household" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_changed();
CREATE TRIGGER household_updated AFTER UPDATE ON "household" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_changed();
CREATE TRIGGER household_deleted AFTER DELETE ON "household" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION household_changed();
CREATE TRIGGER change_event_inserted AFTER INSERT ON "change_event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_event_changed();
CREATE TRIGGER change_event_updated AFTER UPDATE ON "change_event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_event_changed();
CREATE TRIGGER change_event_deleted AFTER DELETE ON "change_event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_event_changed();
CREATE TRIGGER marriage_inserted AFTER INSERT ON "marriage" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marriage_changed();
CREATE TRIGGER marriage_updated AFTER UPDATE ON "marriage" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION marriage_changed();
CREATE TRIGGER marriage_deleted AFTER DELETE ON "marriage" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION marriage_changed();
CREATE TRIGGER person_updated AFTER UPDATE ON "person" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_changed();
CREATE TRIGGER household_readdress_inserted AFTER INSERT ON "household_readdress" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER household_readdress_updated AFTER UPDATE ON "household_readdress" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER household_readdress_deleted AFTER DELETE ON "household_readdress" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER admin_unit_inserted AFTER INSERT ON "admin_unit" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER admin_unit_updated AFTER UPDATE ON "admin_unit" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER admin_unit_deleted AFTER DELETE ON "admin_unit" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER unit_succession_inserted AFTER INSERT ON "unit_succession" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER unit_succession_updated AFTER UPDATE ON "unit_succession" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER unit_succession_deleted AFTER DELETE ON "unit_succession" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register_rows_changed_any_day();
CREATE TRIGGER residence_truncated AFTER TRUNCATE ON "residence" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER contraceptive_spell_truncated AFTER TRUNCATE ON "contraceptive_spell" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER household_truncated AFTER TRUNCATE ON "household" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER change_event_truncated AFTER TRUNCATE ON "change_event" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER marriage_truncated AFTER TRUNCATE ON "marriage" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER household_readdress_truncated AFTER TRUNCATE ON "household_readdress" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER admin_unit_truncated AFTER TRUNCATE ON "admin_unit" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER unit_succession_truncated AFTER TRUNCATE ON "unit_succession" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
CREATE TRIGGER person_truncated AFTER TRUNCATE ON "person" FOR EACH STATEMENT EXECUTE FUNCTION register_changed_any_day();
