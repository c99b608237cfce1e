// What the running app needs: the Prisma client, the register's queries and statistics.
// Setting a database up (embedded server, migrations, generator) is in ./admin.
export { getDb, closeDb, databaseUrl, type Db } from "./client.js";
export * from "./generated/prisma/enums.js";
export { Prisma } from "./generated/prisma/client.js";
export type {
  AdminUnit, Area, AuditLog, ChangeEvent, ContraceptiveSpell, Household, HouseholdReaddress, Marriage, Person, Pregnancy, Report, Residence,
  BoundarySet, SavedProjection, SigningKey, UnitSuccession, User,
} from "./generated/prisma/client.js";
export { REORGANISATION_2025, TREES, treeOfUnit, treeOn, type Tree } from "./reference/trees.js";
export * from "./stats/index.js";
export * from "./register/index.js";
export { hashPassword, verifyPassword, decoyHash } from "./users/password.js";
export {
  createUser, updateUser, issueOneTimeCode, chooseOwnPassword, changeOwnPassword, type NewUser, type UserChanges, type OneTimeCode,
} from "./users/manage-users.js";
export { ONE_TIME_CODE_HOURS, normalizeOneTimeCode } from "./users/one-time-code.js";
export * from "./reports/index.js";
export { readSigningSecret, requireSigningSecret } from "./signing/secret.js";
export { keyFingerprint } from "./signing/sign.js";
export { communeTimeliness, type CommuneTimeliness, type TimelinessReport } from "./timeliness/timeliness.js";
export { listPage, listCounts, listByCommune, type ListQuery, type ListRow } from "./lists/person-list.js";
export { projectionInputs, OBSERVED_YEARS, type UnitProjectionInputs } from "./projection/inputs.js";
export * from "./boundaries/index.js";
