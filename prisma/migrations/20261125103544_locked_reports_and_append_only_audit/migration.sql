-- Defence in depth, below the API: a locked report (approved, signed, published or
-- superseded) keeps its snapshot and signature forever, and the audit trail only grows.
-- These are triggers, which schema.prisma does not describe; the drift test compares
-- tables, columns, indexes, constraints and enums, so it is not affected.

CREATE FUNCTION report_keep_locked() RETURNS trigger LANGUAGE plpgsql AS $$
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
    OR (OLD.signature IS NOT NULL AND (NEW.signature IS DISTINCT FROM OLD.signature
        OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.signing_key_id IS DISTINCT FROM OLD.signing_key_id))) THEN
    RAISE EXCEPTION 'Báo cáo số % đã khóa: số liệu và chữ ký không thay đổi được; hãy lập bản thay thế (report % is locked)', OLD.id, OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER report_keep_locked BEFORE UPDATE OR DELETE ON "report"
  FOR EACH ROW EXECUTE FUNCTION report_keep_locked();

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Nhật ký truy cập chỉ được ghi thêm, không được sửa hay xóa (the audit trail is append-only)'
    USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
