-- The report workflow only moves forward, below the API too.
-- A locked report (approved, published or superseded) can only go APPROVED → PUBLISHED,
-- APPROVED → SUPERSEDED or PUBLISHED → SUPERSEDED; who approved, signed and published it
-- and when are fixed once written. A draft (GENERATED) can only be approved, and only when
-- no other version of the same form, unit and period is official: the check takes the
-- same advisory lock as the API (reports/workflow.ts), so two approvals racing in SQL or
-- through the API are serialised and the second is refused.
-- The signer is recorded apart from the approver.

ALTER TABLE "report" ADD COLUMN "signed_at" TIMESTAMPTZ(3), ADD COLUMN "signed_by_id" INTEGER;

-- Until now only approvers could sign and the signer was not recorded: the approver is the
-- best-known signer of the reports signed so far. (Before the trigger below fixes them.)
UPDATE "report" SET "signed_at" = "approved_at", "signed_by_id" = "approved_by_id" WHERE "signature" IS NOT NULL;

CREATE OR REPLACE FUNCTION report_keep_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'GENERATED' THEN
      RAISE EXCEPTION 'Báo cáo số % đã khóa: không xóa được (report % is locked)', OLD.id, OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'GENERATED' AND (
       NEW.snapshot IS DISTINCT FROM OLD.snapshot
    OR NEW.form_code IS DISTINCT FROM OLD.form_code OR NEW.unit_id IS DISTINCT FROM OLD.unit_id
    OR NEW.period IS DISTINCT FROM OLD.period OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.generated_at IS DISTINCT FROM OLD.generated_at OR NEW.generated_by_id IS DISTINCT FROM OLD.generated_by_id
    OR NEW.approved_at IS DISTINCT FROM OLD.approved_at OR NEW.approved_by_id IS DISTINCT FROM OLD.approved_by_id
    OR NEW.supersedes_id IS DISTINCT FROM OLD.supersedes_id OR NEW.correction_reason IS DISTINCT FROM OLD.correction_reason
    OR (OLD.published_at IS NOT NULL AND (NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.published_by_id IS DISTINCT FROM OLD.published_by_id))
    OR (OLD.signature IS NOT NULL AND (NEW.signature IS DISTINCT FROM OLD.signature
        OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.signing_key_id IS DISTINCT FROM OLD.signing_key_id
        OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR NEW.signed_by_id IS DISTINCT FROM OLD.signed_by_id))) THEN
    RAISE EXCEPTION 'Báo cáo số % đã khóa: số liệu và chữ ký không thay đổi được; hãy lập bản thay thế (report % is locked)', OLD.id, OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'GENERATED' AND NEW.status = 'APPROVED')
    OR (OLD.status = 'APPROVED' AND NEW.status IN ('PUBLISHED', 'SUPERSEDED'))
    OR (OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED')) THEN
    RAISE EXCEPTION 'Báo cáo số %: không chuyển được từ % sang % (a report only moves forward)', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status = 'GENERATED' AND NEW.status = 'APPROVED' THEN
    PERFORM pg_advisory_xact_lock(hashtext('report:' || NEW.form_code || ':' || NEW.unit_id || ':' || NEW.period));
    IF EXISTS (SELECT 1 FROM report r WHERE r.form_code = NEW.form_code AND r.unit_id = NEW.unit_id AND r.period = NEW.period
                 AND r.id <> NEW.id AND r.status IN ('APPROVED', 'PUBLISHED')) THEN
      RAISE EXCEPTION 'Báo cáo số %: đã có một bản chính thức khác cho biểu, đơn vị và kỳ này (another official version exists)', OLD.id
        USING ERRCODE = 'unique_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

-- A status set directly at insert skips the draft: only drafts are inserted.
CREATE FUNCTION report_insert_as_draft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'GENERATED' THEN
    RAISE EXCEPTION 'Báo cáo mới phải ở trạng thái GENERATED (a new report starts as a draft)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER report_insert_as_draft BEFORE INSERT ON "report"
  FOR EACH ROW EXECUTE FUNCTION report_insert_as_draft();
