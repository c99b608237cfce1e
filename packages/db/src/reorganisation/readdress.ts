// Re-addressing the register to the tree of a reorganisation (the 1 July 2025 one): the data
// step that `pnpm start` runs once on an existing database, and that the generator runs on
// the population it has just written, so both end in the same state.
//
// - Every household of an old commune goes to exactly one successor (household_readdress
//   says which and by which rule): the sole successor; for a divided commune, an import's
//   choice or else the successors' shares, in household-code order so each successor takes
//   whole runs of addresses. Households that ended before the day are given a successor by
//   the same rule, only to attribute their history in the new units' statistics.
// - Each spell open on the day before is closed on it (end REORGANISATION) and reopened on
//   the day in the successor (start REORGANISATION): same person, same household. Spells and
//   events the register already holds on or after the day in old units (a database that
//   went on recording on the old tree) are moved to the successor, moves between communes
//   included, so that from the day on everything happens in new units.
// - Earlier spells and events keep their old unit and record the successor (successor_unit_id):
//   a new unit's figures for earlier periods count them there.
// - Areas follow their households (an area split by a divided commune keeps its code in the
//   successor taking most of its households and gets a new one in the others); accounts of a
//   province or commune with a sole successor, and collaborators, follow their unit or area;
//   others (district officers, officers of divided communes) stay on their old unit, listed
//   for an administrator (accountsOnFormerUnits), reading its history only.
// Everything runs in the caller's transaction.
import type pg from "pg";

export interface ReaddressResult {
  households: number;
  livedThrough: number;
  divided: number;
  spellsSplit: number;
  spellsMoved: number;
  eventsMoved: number;
  areasSplit: number;
  usersMoved: number;
  seconds: number;
}

/** household code → new commune code, from an administrator's import. */
export type ReaddressImport = ReadonlyMap<string, string>;

export async function readdressHouseholds(client: pg.ClientBase, effectiveOn: string, imported: ReaddressImport = new Map()): Promise<ReaddressResult> {
  const started = Date.now();
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  const E = [effectiveOn];

  // Commune links of the day: old commune → its successors, with running share bounds.
  await q(`CREATE TEMP TABLE links ON COMMIT DROP AS
    SELECT s.predecessor_id AS old_id, s.successor_id AS new_id, n.code AS new_code,
           coalesce(sum(coalesce(s.share, 1)) OVER w - coalesce(s.share, 1), 0) / sum(coalesce(s.share, 1)) OVER whole AS lo,
           sum(coalesce(s.share, 1)) OVER w / sum(coalesce(s.share, 1)) OVER whole AS hi,
           count(*) OVER whole AS successors
      FROM unit_succession s JOIN admin_unit o ON o.id = s.predecessor_id AND o.level = 3
      JOIN admin_unit n ON n.id = s.successor_id AND n.level = 3
     WHERE s.effective_on = $1::date
    WINDOW w AS (PARTITION BY s.predecessor_id ORDER BY n.code), whole AS (PARTITION BY s.predecessor_id)`, E);
  await q("CREATE INDEX ON links (old_id)");
  // The successor named when nothing else decides (payloads, pending moves): the largest share.
  await q(`CREATE TEMP TABLE main_link ON COMMIT DROP AS
    SELECT DISTINCT ON (old_id) old_id, new_id FROM links ORDER BY old_id, hi - lo DESC, new_code`);
  await q("CREATE UNIQUE INDEX ON main_link (old_id)");
  await q("CREATE TEMP TABLE imported (code text PRIMARY KEY, new_code text NOT NULL) ON COMMIT DROP");
  if (imported.size) await q("INSERT INTO imported SELECT * FROM unnest($1::text[], $2::text[])", [[...imported.keys()], [...imported.values()]]);

  // Where each household goes.
  const households = await q(`INSERT INTO household_readdress
      (household_id, effective_on, from_unit_id, to_unit_id, from_area_id, to_area_id, rule, lived_through)
    SELECT h.id, $1::date, h.unit_id, coalesce(il.new_id, l.new_id), h.area_id, h.area_id,
           CASE WHEN il.new_id IS NOT NULL THEN 'IMPORTED' WHEN l.successors = 1 THEN 'SOLE_SUCCESSOR' ELSE 'SHARE' END::readdress_rule,
           h.dissolved_on IS NULL OR h.dissolved_on > $1::date
      FROM (SELECT h.*, (row_number() OVER (PARTITION BY h.unit_id ORDER BY h.code) - 0.5) / count(*) OVER (PARTITION BY h.unit_id) AS rank
              FROM household h WHERE EXISTS (SELECT 1 FROM links WHERE links.old_id = h.unit_id)) h
      JOIN links l ON l.old_id = h.unit_id AND h.rank >= l.lo AND h.rank < l.hi
      LEFT JOIN imported i ON i.code = h.code
      LEFT JOIN links il ON il.old_id = h.unit_id AND il.new_code = i.new_code`, E);
  const unknownImports = await client.query<{ code: string }>(
    `SELECT i.code FROM imported i LEFT JOIN household h ON h.code = i.code
      LEFT JOIN links l ON l.old_id = h.unit_id AND l.new_code = i.new_code WHERE l.new_id IS NULL LIMIT 5`);
  if (unknownImports.rowCount) {
    throw new Error(`Tệp chuyển hộ: hộ không có trong sổ, hoặc xã mới không kế thừa xã của hộ (households unknown or not in a predecessor of the named unit): ${unknownImports.rows.map((r) => r.code).join(", ")}`);
  }

  // Areas follow their households: the successor with most of them keeps the area…
  await q(`CREATE TEMP TABLE area_target ON COMMIT DROP AS
    SELECT DISTINCT ON (from_area_id) from_area_id AS area_id, to_unit_id
      FROM (SELECT from_area_id, to_unit_id, count(*) AS n FROM household_readdress WHERE effective_on = $1::date GROUP BY 1, 2) c
     ORDER BY from_area_id, n DESC, to_unit_id`, E);
  // …the others get a copy of it (same name and collaborator, code suffixed by the commune).
  const areasSplit = await q(`INSERT INTO area (code, name, unit_id, collaborator_name)
    SELECT DISTINCT a.code || '/' || u.code, a.name, r.to_unit_id, a.collaborator_name
      FROM household_readdress r JOIN area_target t ON t.area_id = r.from_area_id AND t.to_unit_id <> r.to_unit_id
      JOIN area a ON a.id = r.from_area_id JOIN admin_unit u ON u.id = r.to_unit_id
     WHERE r.effective_on = $1::date`, E);
  await q(`UPDATE household_readdress r SET to_area_id = a.id
      FROM area_target t, area o, admin_unit u, area a
     WHERE r.effective_on = $1::date AND t.area_id = r.from_area_id AND t.to_unit_id <> r.to_unit_id
       AND o.id = r.from_area_id AND u.id = r.to_unit_id AND a.code = o.code || '/' || u.code`, E);
  await q("UPDATE area a SET unit_id = t.to_unit_id FROM area_target t WHERE t.area_id = a.id");
  // Old areas without any household go to the main successor.
  await q("UPDATE area a SET unit_id = m.new_id FROM main_link m WHERE a.unit_id = m.old_id");

  await q(`UPDATE household h SET unit_id = r.to_unit_id, area_id = r.to_area_id
      FROM household_readdress r WHERE r.household_id = h.id AND r.effective_on = $1::date AND r.lived_through`, E);

  // Spells: earlier ones record their successor; open ones are split on the day; later ones move.
  await q(`UPDATE residence s SET successor_unit_id = r.to_unit_id
      FROM household_readdress r WHERE r.household_id = s.household_id AND r.effective_on = $1::date
       AND s.unit_id = r.from_unit_id AND s.valid_from < $1::date`, E);
  const spellsSplit = await q(`INSERT INTO residence
      (person_id, household_id, unit_id, valid_from, valid_to, start_reason, end_reason, origin_unit_id, destination_unit_id, sex, birth_date)
    SELECT s.person_id, s.household_id, s.successor_unit_id, $1::date, s.valid_to, 'REORGANISATION', s.end_reason, NULL, s.destination_unit_id, s.sex, s.birth_date
      FROM residence s JOIN links l ON l.old_id = s.unit_id AND l.new_id = s.successor_unit_id
     WHERE s.valid_from < $1::date AND (s.valid_to IS NULL OR s.valid_to > $1::date)`, E);
  await q(`UPDATE residence s SET valid_to = $1::date, end_reason = 'REORGANISATION', destination_unit_id = NULL
      FROM links l WHERE l.old_id = s.unit_id AND l.new_id = s.successor_unit_id
       AND s.valid_from < $1::date AND (s.valid_to IS NULL OR s.valid_to > $1::date)`, E);
  const spellsMoved = await q(`UPDATE residence s SET unit_id = r.to_unit_id
      FROM household_readdress r WHERE r.household_id = s.household_id AND r.effective_on = $1::date
       AND s.unit_id = r.from_unit_id AND s.valid_from >= $1::date`, E);
  // The other end of moves on or after the day: the unit of the other spell when the
  // register holds it, else the old unit's main successor.
  await q(`UPDATE residence s SET origin_unit_id = o.unit_id
      FROM residence o WHERE s.start_reason = 'MOVE_IN' AND s.valid_from >= $1::date
       AND o.person_id = s.person_id AND o.valid_to = s.valid_from AND o.end_reason = 'MOVE_OUT'
       AND o.unit_id <> s.origin_unit_id AND EXISTS (SELECT 1 FROM links WHERE links.old_id = s.origin_unit_id)`, E);
  await q(`UPDATE residence s SET destination_unit_id = d.unit_id
      FROM residence d WHERE s.end_reason = 'MOVE_OUT' AND s.valid_to >= $1::date
       AND d.person_id = s.person_id AND d.valid_from = s.valid_to AND d.start_reason = 'MOVE_IN'
       AND d.unit_id <> s.destination_unit_id AND EXISTS (SELECT 1 FROM links WHERE links.old_id = s.destination_unit_id)`, E);
  // (An arrival on the day itself keeps an old origin: the spell it left, if held, ended
  // that day in the old unit. A departure on the day whose arrival is not recorded yet names
  // the successor, as its slip does, so the new commune lists it as pending.)
  await q(`UPDATE residence s SET origin_unit_id = m.new_id FROM main_link m
     WHERE s.origin_unit_id = m.old_id AND s.start_reason = 'MOVE_IN' AND s.valid_from > $1::date`, E);
  await q(`UPDATE residence s SET destination_unit_id = m.new_id FROM main_link m
     WHERE s.destination_unit_id = m.old_id AND s.end_reason = 'MOVE_OUT' AND s.valid_to >= $1::date`, E);

  // Events: the same, through the household of the event (or of its person).
  await q(`CREATE TEMP TABLE event_target ON COMMIT DROP AS
    SELECT e.id, e.occurred_on >= $1::date AS later, coalesce(r.to_unit_id, m.new_id) AS to_unit_id
      FROM change_event e JOIN main_link m ON m.old_id = e.unit_id
      LEFT JOIN person p ON p.id = e.person_id
      LEFT JOIN household_readdress r ON r.household_id = coalesce(e.household_id, p.household_id) AND r.effective_on = $1::date AND r.from_unit_id = e.unit_id`, E);
  await q("UPDATE change_event e SET successor_unit_id = t.to_unit_id FROM event_target t WHERE t.id = e.id AND NOT t.later");
  const eventsMoved = await q("UPDATE change_event e SET unit_id = t.to_unit_id FROM event_target t WHERE t.id = e.id AND t.later");
  // Slip lines on or after the day name the other commune of a move as entered: now its successor.
  for (const side of ["destination", "origin"]) {
    await q(`UPDATE change_event e SET payload = e.payload || jsonb_build_object('${side}UnitId', u.id, '${side}UnitCode', u.code, '${side}UnitName', u.name)
        FROM main_link m, admin_unit u
       WHERE e.occurred_on >= $1::date AND e.payload->>'${side}UnitId' ~ '^[0-9]{1,9}$'
         AND m.old_id = (e.payload->>'${side}UnitId')::int AND u.id = m.new_id`, E);
  }

  // Accounts: collaborators follow their area; officers of a unit with a sole successor follow it.
  let usersMoved = await q("UPDATE app_user u SET unit_id = a.unit_id FROM area a WHERE u.area_id = a.id AND u.unit_id <> a.unit_id");
  usersMoved += await q(`UPDATE app_user u SET unit_id = s.successor_id
      FROM unit_succession s JOIN admin_unit o ON o.id = s.predecessor_id
     WHERE s.effective_on = $1::date AND s.predecessor_id = u.unit_id AND u.area_id IS NULL AND o.level IN (1, 3)
       AND NOT EXISTS (SELECT 1 FROM unit_succession x WHERE x.predecessor_id = s.predecessor_id AND x.effective_on = $1::date AND x.successor_id <> s.successor_id)`, E);

  const { rows } = await client.query<{ lived: number; divided: number }>(
    `SELECT count(*) FILTER (WHERE lived_through)::int AS lived, count(*) FILTER (WHERE rule <> 'SOLE_SUCCESSOR')::int AS divided
       FROM household_readdress WHERE effective_on = $1::date`, E);
  return {
    households, livedThrough: rows[0]!.lived, divided: rows[0]!.divided, spellsSplit, spellsMoved, eventsMoved, areasSplit, usersMoved,
    seconds: (Date.now() - started) / 1000,
  };
}
