// A report's life in the database: versions, approval that locks, an Ed25519 signature
// that verifies and fails when one stored value changes, publication, and a correction
// that supersedes the official version with its reason. Locked reports and the audit trail
// cannot be changed even with SQL (triggers), short of disabling them as an owner would.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { seedPopulation } from "../seed/seed.js";
import { computeReport } from "../stats/report.js";
import type { RegisterError } from "../register/errors.js";
import type { Prisma } from "../generated/prisma/client.js";
import { checkReportSignature } from "./verify-report.js";
import { approveReport, publishReport, signReport, storeReportVersion } from "./workflow.js";
import { asSnapshot } from "./snapshot.js";
import { revokeUnitSigningKey } from "./signing-keys.js";
import { rotateSigningSecret } from "../signing/rotate-secret.js";
import { decryptPrivateKey } from "../signing/keys.js";

const secret = randomBytes(32).toString("hex");
let t: TestDatabase;
let district: number;
let officer: number;
let approver: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30"], scale: 0.005, seed: 5, today: "2026-11-25" }, () => {});
  district = (await t.pool.query(`SELECT id FROM admin_unit WHERE code = '288'`)).rows[0].id;
  officer = (await t.pool.query(`SELECT id FROM app_user WHERE login = 'huyen'`)).rows[0].id;
  approver = (await t.pool.query(`SELECT id FROM app_user WHERE login = 'pheduyet'`)).rows[0].id;
}, 300_000);
afterAll(() => t?.drop());

const tx = <T>(work: (x: Prisma.TransactionClient) => Promise<T>) => t.db.$transaction(work);
const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error("succeeded"); }, (e: RegisterError) => e);

describe("the report workflow", () => {
  let official: number;

  it("stores generated versions with their figures, and locks one on approval", async () => {
    const table = await computeReport(t.db, "01-DSH", district, "2025-Q2");
    const v1 = await tx((x) => storeReportVersion(x, officer, table));
    const v2 = await tx((x) => storeReportVersion(x, officer, table));
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(asSnapshot(v2.snapshot).table.lines).toEqual(JSON.parse(JSON.stringify(table.lines)));
    expect(asSnapshot(v2.snapshot).generated.by?.fullName).toBe("Hoàng Văn Nam");

    const approved = await tx((x) => approveReport(x, approver, v2.id));
    expect(approved.status).toBe("APPROVED");
    expect(asSnapshot(approved.snapshot).approval?.by).toMatchObject({ fullName: "Đỗ Thị Lan", role: "REPORT_APPROVER" });
    official = v2.id;

    // One official version per form, unit and period: the other draft cannot be approved,
    // and new figures must come as a correction.
    expect((await failure(tx((x) => approveReport(x, approver, v1.id)))).code).toBe("INVALID_STATE");
    const again = await failure(tx((x) => storeReportVersion(x, officer, table)));
    expect(again.code).toBe("INVALID_STATE");
    expect(again.message).toMatch(/bản thay thế/);
  });

  it("signs the locked snapshot; the signature verifies from the published key", async () => {
    const signed = await tx((x) => signReport(x, approver, official, secret));
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const check = await checkReportSignature(t.db, official);
    expect(check).toMatchObject({ signed: true, valid: true, contentHash: signed.contentHash });
    expect(check.publicKey).toMatch(/BEGIN PUBLIC KEY/);
    // The unit's key is reused, and its private half is stored encrypted.
    const keys = (await t.pool.query(`SELECT encrypted_private_key FROM signing_key WHERE unit_id = $1`, [district])).rows;
    expect(keys).toHaveLength(1);
    expect(keys[0].encrypted_private_key).not.toMatch(/PRIVATE KEY/);
  });

  it("refuses changes to a locked report, even in SQL", async () => {
    await expect(t.pool.query(`UPDATE report SET snapshot = jsonb_set(snapshot, '{report,period}', '"2025-Q3"') WHERE id = $1`, [official])).rejects.toThrow(/đã khóa/);
    await expect(t.pool.query(`UPDATE report SET signature = 'x' WHERE id = $1`, [official])).rejects.toThrow(/đã khóa/);
    await expect(t.pool.query(`DELETE FROM report WHERE id = $1`, [official])).rejects.toThrow(/đã khóa/);
  });

  it("fails verification when one stored value is changed behind the triggers' back", async () => {
    const path = "{table,lines,1,values,0}";
    const before = (await t.pool.query(`SELECT snapshot #> $2 AS v FROM report WHERE id = $1`, [official, path])).rows[0].v;
    expect(typeof before).toBe("number");
    const c = await t.pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("ALTER TABLE report DISABLE TRIGGER report_keep_locked");
      await c.query(`UPDATE report SET snapshot = jsonb_set(snapshot, $2, to_jsonb($3::int)) WHERE id = $1`, [official, path, before + 1]);
      await c.query("ALTER TABLE report ENABLE TRIGGER report_keep_locked");
      await c.query("COMMIT");
    } finally {
      c.release();
    }
    expect((await checkReportSignature(t.db, official)).valid).toBe(false);
  });

  it("publishes only signed reports, and corrects an official report by a new version with its reason", async () => {
    const table = await computeReport(t.db, "01-DSH", district, "2025-Q1");
    const draft = await tx((x) => storeReportVersion(x, officer, table));
    await tx((x) => approveReport(x, approver, draft.id));
    expect((await failure(tx((x) => publishReport(x, approver, draft.id)))).message).toMatch(/chưa được ký/);
    await tx((x) => signReport(x, approver, draft.id, secret));
    expect((await tx((x) => publishReport(x, approver, draft.id))).status).toBe("PUBLISHED");

    expect((await failure(tx((x) => storeReportVersion(x, officer, table, { reportId: draft.id, reason: "" })))).code).toBe("VALIDATION_FAILED");
    const fix = await tx((x) => storeReportVersion(x, officer, table, { reportId: draft.id, reason: "Bổ sung 3 trường hợp sinh ghi muộn" }));
    expect(fix).toMatchObject({ version: 2, supersedesId: draft.id, correctionReason: "Bổ sung 3 trường hợp sinh ghi muộn" });
    expect((await t.db.report.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("PUBLISHED"); // until the fix is approved
    await tx((x) => approveReport(x, approver, fix.id));
    expect((await t.db.report.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("SUPERSEDED");
    expect(asSnapshot((await t.db.report.findUniqueOrThrow({ where: { id: fix.id } })).snapshot).supersedes).toMatchObject({ reportId: draft.id, reason: "Bổ sung 3 trường hợp sinh ghi muộn" });
    // The superseded version still verifies: it is kept as it was.
    expect((await checkReportSignature(t.db, draft.id)).valid).toBe(true);
  });

  it("keeps the audit trail append-only", async () => {
    await t.pool.query(`INSERT INTO audit_log (action, entity_type) VALUES ('test', 'Test')`);
    await expect(t.pool.query(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(t.pool.query(`DELETE FROM audit_log`)).rejects.toThrow(/chỉ được ghi thêm/);
  });
});

describe("the report workflow under pressure", () => {
  const drafts = async (period: string, n: number) => {
    const table = await computeReport(t.db, "01-DSH", district, period);
    const out = [];
    for (let i = 0; i < n; i++) out.push(await tx((x) => storeReportVersion(x, officer, table)));
    return { table, drafts: out };
  };
  const statuses = async (ids: number[]) =>
    (await t.pool.query(`SELECT status FROM report WHERE id = ANY($1) ORDER BY id`, [ids])).rows.map((r) => r.status);

  it("approves only one of two versions approved at the same moment", async () => {
    const { drafts: [a, b] } = await drafts("2024-Q1", 2);
    const results = await Promise.allSettled([tx((x) => approveReport(x, approver, a!.id)), tx((x) => approveReport(x, approver, b!.id))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as RegisterError).code).toBe("INVALID_STATE");
    expect((await statuses([a!.id, b!.id])).sort()).toEqual(["APPROVED", "GENERATED"]);
  });

  it("serialises two approvals written by hand in SQL, and refuses the second", async () => {
    const { drafts: [a, b] } = await drafts("2024-Q2", 2);
    const [c1, c2] = [await t.pool.connect(), await t.pool.connect()];
    try {
      await c1.query("BEGIN");
      await c1.query(`UPDATE report SET status = 'APPROVED' WHERE id = $1`, [a!.id]);
      await c2.query("BEGIN");
      // Waits for the first transaction (the trigger's advisory lock), then sees its approval.
      const second = c2.query(`UPDATE report SET status = 'APPROVED' WHERE id = $1`, [b!.id]).then(() => "updated", (e: Error) => e.message);
      await c1.query("COMMIT");
      expect(await second).toMatch(/bản chính thức khác/);
      await c2.query("ROLLBACK");
    } finally {
      c1.release();
      c2.release();
    }
    expect(await statuses([a!.id, b!.id])).toEqual(["APPROVED", "GENERATED"]);
  });

  it("never moves a locked report backwards in SQL, and inserts only drafts", async () => {
    const { drafts: [a] } = await drafts("2024-Q3", 1);
    await tx((x) => approveReport(x, approver, a!.id));
    await expect(t.pool.query(`UPDATE report SET status = 'GENERATED' WHERE id = $1`, [a!.id])).rejects.toThrow(/không chuyển được/);
    await expect(t.pool.query(`UPDATE report SET approved_by_id = $2 WHERE id = $1`, [a!.id, officer])).rejects.toThrow(/đã khóa/);
    await tx((x) => signReport(x, approver, a!.id, secret));
    await tx((x) => publishReport(x, approver, a!.id));
    await expect(t.pool.query(`UPDATE report SET status = 'APPROVED' WHERE id = $1`, [a!.id])).rejects.toThrow(/không chuyển được/);
    await expect(t.pool.query(`UPDATE report SET published_at = now() - interval '1 day' WHERE id = $1`, [a!.id])).rejects.toThrow(/đã khóa/);
    await expect(t.pool.query(`INSERT INTO report (form_code, unit_id, period, version, status) VALUES ('01-DSH', $1, '2024-Q3', 9, 'PUBLISHED')`, [district]))
      .rejects.toThrow(/GENERATED/);
    expect(await statuses([a!.id])).toEqual(["PUBLISHED"]);
  });

  it("replaces an abandoned correction draft by a new one", async () => {
    const { table, drafts: [a] } = await drafts("2024-Q4", 1);
    await tx((x) => approveReport(x, approver, a!.id));
    const first = await tx((x) => storeReportVersion(x, officer, table, { reportId: a!.id, reason: "Bổ sung một ca tử vong" }));
    const second = await tx((x) => storeReportVersion(x, officer, table, { reportId: a!.id, reason: "Bổ sung hai ca tử vong" }));
    expect(second).toMatchObject({ supersedesId: a!.id, correctionReason: "Bổ sung hai ca tử vong" });
    // The abandoned draft is kept with its reason, no longer as the correction.
    expect(await t.db.report.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "GENERATED", supersedesId: null, correctionReason: "Bổ sung một ca tử vong" });
    await tx((x) => approveReport(x, approver, second.id));
    expect(await statuses([a!.id, first.id, second.id])).toEqual(["SUPERSEDED", "GENERATED", "APPROVED"]);
    expect((await failure(tx((x) => approveReport(x, approver, first.id)))).code).toBe("INVALID_STATE");
  });

  it("records the signer, who may not be the approver", async () => {
    const { drafts: [a] } = await drafts("2023-Q1", 1);
    await tx((x) => approveReport(x, approver, a!.id));
    const signed = await tx((x) => signReport(x, officer, a!.id, secret));
    expect(signed).toMatchObject({ approvedById: approver, signedById: officer });
    expect(signed.signedAt).toBeInstanceOf(Date);
  });

  it("fails verification from the key's revocation, and signs later reports with a new key", async () => {
    const { drafts: [a] } = await drafts("2023-Q2", 1);
    await tx((x) => approveReport(x, approver, a!.id));
    const signed = await tx((x) => signReport(x, approver, a!.id, secret));
    expect((await checkReportSignature(t.db, a!.id)).valid).toBe(true);
    const revoked = await tx((x) => revokeUnitSigningKey(x, district));
    expect(revoked?.id).toBe(signed.signingKeyId);
    const check = await checkReportSignature(t.db, a!.id);
    expect(check).toMatchObject({ signed: true, valid: false, keyRevokedAt: revoked!.revokedAt });
    // Before the revocation the same signature held.
    expect((await checkReportSignature(t.db, a!.id, new Date(revoked!.revokedAt!.getTime() - 1000))).valid).toBe(true);

    const { drafts: [c] } = await drafts("2023-Q3", 1);
    await tx((x) => approveReport(x, approver, c!.id));
    const resigned = await tx((x) => signReport(x, approver, c!.id, secret));
    expect(resigned.signingKeyId).not.toBe(signed.signingKeyId);
    expect((await checkReportSignature(t.db, c!.id)).valid).toBe(true);
  });

  it("rotates the signing secret: every key opens with the new one only; a wrong old secret changes nothing", async () => {
    const before = (await t.pool.query(`SELECT id, encrypted_private_key FROM signing_key ORDER BY id`)).rows;
    expect(before.length).toBeGreaterThan(1);
    await expect(rotateSigningSecret(t.db, "not-the-secret", "whatever")).rejects.toThrow(/không mở được/);
    expect((await t.pool.query(`SELECT id, encrypted_private_key FROM signing_key ORDER BY id`)).rows).toEqual(before);

    const next = randomBytes(32).toString("hex");
    expect(await rotateSigningSecret(t.db, secret, next)).toEqual({ keys: before.length });
    const after = (await t.pool.query(`SELECT encrypted_private_key AS k FROM signing_key ORDER BY id`)).rows.map((r) => r.k as string);
    for (const k of after) {
      expect(() => decryptPrivateKey(k, next)).not.toThrow();
      expect(() => decryptPrivateKey(k, secret)).toThrow();
    }
    const { drafts: [a] } = await drafts("2023-Q4", 1);
    await tx((x) => approveReport(x, approver, a!.id));
    await tx((x) => signReport(x, approver, a!.id, next));
    expect((await checkReportSignature(t.db, a!.id)).valid).toBe(true);
  });
});
